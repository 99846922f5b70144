-- R18: involvement registered by an organisation (projection of the Betrokkenheid aggregate). Organisation names
-- and codes only; persoon_id is the pseudonymous id of a child as published in melding-ontvangen.
CREATE TABLE betrokkenheid_registratie (
    betrokkenheid_id VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id         VARCHAR(255)             NOT NULL,
    persoon_id       VARCHAR(255),
    organisatie      VARCHAR(200)             NOT NULL,
    rol              VARCHAR(100)             NOT NULL,
    reden            VARCHAR(40)              NOT NULL,
    sinds            TIMESTAMP WITH TIME ZONE NOT NULL,
    beeindigd_op     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX betrokkenheid_registratie_gezin_idx ON betrokkenheid_registratie (gezin_id);
CREATE INDEX betrokkenheid_registratie_persoon_idx ON betrokkenheid_registratie (persoon_id)
    WHERE persoon_id IS NOT NULL;
CREATE INDEX betrokkenheid_registratie_organisatie_idx ON betrokkenheid_registratie (organisatie)
    WHERE beeindigd_op IS NULL;
