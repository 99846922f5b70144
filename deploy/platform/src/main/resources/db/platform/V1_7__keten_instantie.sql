-- Each running instance of a service says it is alive here, so instances on one database can share the
-- event processors' segments fairly (SegmentVerdeling). A row not renewed for a while belongs to a dead instance.
CREATE TABLE keten_instantie (
    instantie_id VARCHAR(255) PRIMARY KEY,
    gezien_op    TIMESTAMPTZ  NOT NULL
);
