-- Who belongs to which gezin, to recognise a known gezin in a new melding. Keyed hashes (HMAC-SHA256) only:
-- no BSN, name or date of birth in plaintext. One row per member per melding.
CREATE TABLE gezinsregister (
    melding_id VARCHAR(36) NOT NULL,
    persoon_id VARCHAR(36) NOT NULL,
    gezin_id   VARCHAR(36) NOT NULL,
    bsn_hash   CHAR(64),
    naam_hash  CHAR(64),
    PRIMARY KEY (melding_id, persoon_id)
);
CREATE INDEX gezinsregister_gezin_idx ON gezinsregister (gezin_id);
CREATE INDEX gezinsregister_bsn_idx ON gezinsregister (bsn_hash) WHERE bsn_hash IS NOT NULL;
CREATE INDEX gezinsregister_naam_idx ON gezinsregister (naam_hash) WHERE naam_hash IS NOT NULL;
