-- R2: one row per triage: the moment VT took zicht op veiligheid for the gezin, and why
CREATE TABLE zicht_op_veiligheid (
    melding_id VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id   VARCHAR(36)              NOT NULL,
    houder     VARCHAR(30)              NOT NULL,
    sinds      TIMESTAMP WITH TIME ZONE NOT NULL,
    grond      VARCHAR(30)              NOT NULL
);
CREATE INDEX zicht_op_veiligheid_gezin_idx ON zicht_op_veiligheid (gezin_id, sinds);
