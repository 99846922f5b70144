-- R18: involvement that follows from the chain's own events (Veilig Thuis, the wijkteam, a tafel), one row per
-- gezin, organisation and ground; written by the Kafka consumer in the transaction of its inbox row.
CREATE TABLE ketenbetrokkenheid (
    gezin_id     VARCHAR(255)             NOT NULL,
    organisatie  VARCHAR(200)             NOT NULL,
    grond        VARCHAR(40)              NOT NULL,
    rol          VARCHAR(100)             NOT NULL,
    zaak_id      VARCHAR(255),
    sinds        TIMESTAMP WITH TIME ZONE NOT NULL,
    beeindigd_op TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (gezin_id, organisatie, grond)
);
CREATE INDEX ketenbetrokkenheid_zaak_idx ON ketenbetrokkenheid (zaak_id) WHERE zaak_id IS NOT NULL;
CREATE INDEX ketenbetrokkenheid_organisatie_idx ON ketenbetrokkenheid (organisatie) WHERE beeindigd_op IS NULL;

-- Both kinds as one: what entitlement and matches are decided on
CREATE VIEW betrokkenheid AS
SELECT betrokkenheid_id, gezin_id, persoon_id, organisatie, rol, 'REGISTRATIE' AS grond, reden, sinds, beeindigd_op
FROM betrokkenheid_registratie
UNION ALL
SELECT NULL, gezin_id, NULL, organisatie, rol, grond, NULL, sinds, beeindigd_op
FROM ketenbetrokkenheid;
