-- an organisation's departments, as its fractie administrator keeps them: a melder picks one (or none) and
-- pattern signals count per department; names of units, never of people. Travels on tenants.v1.
CREATE TABLE tenant_department (
    tenant_id VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    position  INTEGER      NOT NULL,
    code      VARCHAR(64)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    PRIMARY KEY (tenant_id, position)
);
