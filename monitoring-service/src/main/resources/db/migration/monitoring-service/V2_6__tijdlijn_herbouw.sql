-- Issue 5 point 3: the timeline rebuilt from Kafka by a herbouw, only to compare its content with the live
-- tijdlijn_gebeurtenis (no hash chain, no gezinskoppeling); emptied at the start of every herbouw
CREATE TABLE tijdlijn_herbouw (
    event_id        VARCHAR(255)             NOT NULL PRIMARY KEY,
    gezin_id        VARCHAR(255)             NOT NULL,
    type            VARCHAR(100)             NOT NULL,
    ce_type         VARCHAR(255)             NOT NULL,
    tijdstip        TIMESTAMP WITH TIME ZONE NOT NULL,
    bron            VARCHAR(100)             NOT NULL,
    actor           JSONB                    NOT NULL,
    samenvatting    VARCHAR(500)             NOT NULL,
    causation_id    VARCHAR(255),
    correlation_id  VARCHAR(255),
    dataref         VARCHAR(1000),
    kafka_topic     VARCHAR(255)             NOT NULL,
    kafka_partition INTEGER                  NOT NULL,
    kafka_offset    BIGINT                   NOT NULL,
    ontvangen_op    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tijdlijn_herbouw_gezin_idx ON tijdlijn_herbouw (gezin_id);

-- One row per herbouw: its progress and, once KLAAR, the comparison per gezin with the live timeline
CREATE TABLE tijdlijn_herbouw_run (
    herbouw_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    status       VARCHAR(10)              NOT NULL,
    gelezen      BIGINT                   NOT NULL,
    te_lezen     BIGINT,
    ongeldig     BIGINT                   NOT NULL,
    gestart_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    klaar_op     TIMESTAMP WITH TIME ZONE,
    vergelijking JSONB,
    reden        VARCHAR(200)
);
-- only one herbouw at a time: it owns the shadow table
CREATE UNIQUE INDEX tijdlijn_herbouw_run_lopend_idx ON tijdlijn_herbouw_run (status) WHERE status = 'LOPEND';

-- The end of every partition when the herbouw started: live rows read from beyond it are left out of the comparison
CREATE TABLE tijdlijn_herbouw_eind (
    herbouw_id      VARCHAR(36)  NOT NULL REFERENCES tijdlijn_herbouw_run (herbouw_id),
    kafka_topic     VARCHAR(255) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    eind_offset     BIGINT       NOT NULL,
    PRIMARY KEY (herbouw_id, kafka_topic, kafka_partition)
);
