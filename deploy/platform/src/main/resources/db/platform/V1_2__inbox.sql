-- Integration events already handled, per consumer; written in the same transaction as the effect
CREATE TABLE inbox_message (
    consumer     VARCHAR(100)             NOT NULL,
    event_id     VARCHAR(255)             NOT NULL,
    event_type   VARCHAR(255)             NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
