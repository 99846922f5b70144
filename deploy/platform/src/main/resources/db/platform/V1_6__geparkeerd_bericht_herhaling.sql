-- A record parked on a dead-letter topic that operations sent back to its original topic (GeparkeerdeBerichten):
-- who cannot see it twice, and the audit of when it was replayed.
CREATE TABLE geparkeerd_bericht_herhaling (
    dlt_topic     VARCHAR(255)             NOT NULL,
    dlt_partitie  INTEGER                  NOT NULL,
    dlt_offset    BIGINT                   NOT NULL,
    event_id      VARCHAR(255),
    herhaald_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dlt_topic, dlt_partitie, dlt_offset)
);
