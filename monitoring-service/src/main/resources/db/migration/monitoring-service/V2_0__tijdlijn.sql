-- Every integration event of the chain, per gezin; filled by the Kafka consumer "monitoring-tijdlijn"
CREATE TABLE tijdlijn_gebeurtenis (
    event_id        VARCHAR(255)             NOT NULL PRIMARY KEY,
    volgnummer      BIGSERIAL                NOT NULL UNIQUE,
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
CREATE INDEX tijdlijn_gebeurtenis_gezin_idx ON tijdlijn_gebeurtenis (gezin_id, tijdstip);
