-- R19 tamper evidence: each gezin_id's rows form a SHA-256 chain in insertion order (see Ketenhash for the
-- canonical form). Rows stored before this migration are chained by the Java migration 2.5 (HashketenAanvulling),
-- which also makes hash NOT NULL; vorige_hash stays NULL for the first row of a chain.
ALTER TABLE tijdlijn_gebeurtenis ADD COLUMN vorige_hash VARCHAR(64);
ALTER TABLE tijdlijn_gebeurtenis ADD COLUMN hash        VARCHAR(64);
CREATE INDEX tijdlijn_gebeurtenis_keten_idx ON tijdlijn_gebeurtenis (gezin_id, volgnummer);

-- The head of each chain, locked (SELECT ... FOR UPDATE) by every insert so that two consumers cannot fork a
-- chain; a head that no longer matches the last row shows that rows were deleted at the end
CREATE TABLE tijdlijn_hashketen (
    gezin_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    laatste_hash VARCHAR(64),
    lengte       BIGINT       NOT NULL
);
