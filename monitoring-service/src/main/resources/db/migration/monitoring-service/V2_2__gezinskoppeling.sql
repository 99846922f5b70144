-- One timeline per gezin: a melding confirmed to belong to a known gezin brings the events published under its
-- earlier (provisional) gezinId into that gezin's timeline, from the moment the koppeling became known
CREATE TABLE gezinskoppeling (
    vorig_gezin_id VARCHAR(255)             NOT NULL,
    gezin_id       VARCHAR(255)             NOT NULL,
    melding_id     VARCHAR(255)             NOT NULL,
    bekend_op      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (vorig_gezin_id, gezin_id)
);
CREATE INDEX gezinskoppeling_gezin_idx ON gezinskoppeling (gezin_id);
