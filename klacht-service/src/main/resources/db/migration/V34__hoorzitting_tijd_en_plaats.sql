-- Art 11.1, 11.4: the invitation to a hearing says when it starts and where it is held, not only the day. The place is
-- free text the commission writes (a room, an address, a video link), so it is sealed like the other texts of a case
-- (domain.md §10.11). Both stay empty for hearings planned before this version.
ALTER TABLE klacht_hoorzitting ADD COLUMN starts_at TIME;
ALTER TABLE klacht_hoorzitting ADD COLUMN location TEXT;
