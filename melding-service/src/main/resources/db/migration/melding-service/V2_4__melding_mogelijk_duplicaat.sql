-- Known gezinnen offered as possible duplicates of a melding and not yet confirmed or rejected
CREATE TABLE melding_mogelijk_duplicaat (
    melding_id VARCHAR(36) NOT NULL,
    gezin_id   VARCHAR(36) NOT NULL,
    grond      VARCHAR(30) NOT NULL,
    PRIMARY KEY (melding_id, gezin_id)
);
