-- Rebuilds of a service's own Axon projections from its event store (R19, issue 5 point 3); one LOOPT per group
CREATE TABLE projectie_herbouw (
    herbouw_id        VARCHAR(36)              NOT NULL PRIMARY KEY,
    projectie         VARCHAR(100)             NOT NULL,
    status            VARCHAR(10)              NOT NULL,
    gestart_op        TIMESTAMP WITH TIME ZONE NOT NULL,
    klaar_op          TIMESTAMP WITH TIME ZONE,
    positie_voor      BIGINT,
    gelezen           BIGINT,
    te_lezen          BIGINT,
    gezinnen_voor     BIGINT,
    gezinnen_na       BIGINT,
    gelijk            BOOLEAN,
    aantal_gelijk     BIGINT,
    aantal_afwijkend  BIGINT,
    afwijkend         TEXT,
    aantal_bijgewerkt BIGINT,
    bijgewerkt        TEXT,
    toelichting       VARCHAR(500),
    reden             VARCHAR(500)
);
CREATE UNIQUE INDEX projectie_herbouw_een_per_projectie ON projectie_herbouw (projectie) WHERE status = 'LOOPT';
CREATE INDEX projectie_herbouw_gestart_idx ON projectie_herbouw (projectie, gestart_op);
