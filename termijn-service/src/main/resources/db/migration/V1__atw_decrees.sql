-- Atw art 3 lid 3: days equated with a generally recognised holiday by royal decree, as administrators
-- enter them. Global data, the same for every tenant (no tenant_id).

CREATE TABLE atw_decree (
    id               UUID         PRIMARY KEY,
    title            VARCHAR(500) NOT NULL,
    -- the years the decree says it covers: in these years its days are all the decreed days there are
    covers_from_year INTEGER      NOT NULL,
    covers_to_year   INTEGER      NOT NULL,
    -- where it was published (Staatscourant reference), as the administrator cites it
    published        VARCHAR(255),
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by    VARCHAR(255) NOT NULL,
    CONSTRAINT atw_decree_coverage CHECK (covers_from_year <= covers_to_year)
);

-- One row per covered year: no two decrees ever cover the same year, even when entered at the same moment.
CREATE TABLE atw_decree_year (
    covered_year INTEGER PRIMARY KEY,
    decree_id    UUID    NOT NULL REFERENCES atw_decree (id)
);

CREATE TABLE atw_decreed_day (
    decree_id    UUID         NOT NULL REFERENCES atw_decree (id),
    decreed_date DATE         NOT NULL,
    description  VARCHAR(200) NOT NULL,
    PRIMARY KEY (decree_id, decreed_date)
);

-- The decree in force (domain.md §6).
INSERT INTO atw_decree (id, title, covers_from_year, covers_to_year, published, registered_at, registered_by)
VALUES ('3f2a9c4e-2026-4028-9a1b-000000002026',
        'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
        2026, 2028, NULL, CURRENT_TIMESTAMP, 'V1__atw_decrees');
INSERT INTO atw_decree_year (covered_year, decree_id) VALUES
    (2026, '3f2a9c4e-2026-4028-9a1b-000000002026'),
    (2027, '3f2a9c4e-2026-4028-9a1b-000000002026'),
    (2028, '3f2a9c4e-2026-4028-9a1b-000000002026');
INSERT INTO atw_decreed_day (decree_id, decreed_date, description) VALUES
    ('3f2a9c4e-2026-4028-9a1b-000000002026', DATE '2026-01-02', 'vrijdag na Nieuwjaarsdag'),
    ('3f2a9c4e-2026-4028-9a1b-000000002026', DATE '2026-05-15', 'vrijdag na Hemelvaartsdag'),
    ('3f2a9c4e-2026-4028-9a1b-000000002026', DATE '2027-05-07', 'vrijdag na Hemelvaartsdag'),
    ('3f2a9c4e-2026-4028-9a1b-000000002026', DATE '2028-04-28', 'vrijdag na Koningsdag'),
    ('3f2a9c4e-2026-4028-9a1b-000000002026', DATE '2028-05-26', 'vrijdag na Hemelvaartsdag');
