-- First response to a POST with an Idempotency-Key, replayed to a retry of the same request (IdempotencyFilter).
-- status NULL: the key is claimed and the first request is still being processed. Rows older than 24 hours
-- are ignored and deleted lazily by the next request that carries a key.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(255)             NOT NULL,
    method          VARCHAR(10)              NOT NULL,
    path            TEXT                     NOT NULL,
    request_hash    CHAR(64)                 NOT NULL,
    status          SMALLINT,
    content_type    VARCHAR(255),
    response_body   BYTEA,
    location        TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (idempotency_key, method, path)
);
CREATE INDEX idempotency_record_created_at_idx ON idempotency_record (created_at);
