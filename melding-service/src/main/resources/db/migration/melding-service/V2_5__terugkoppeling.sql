-- R6: the terugkoppelingen made ready for the melder, at most one per moment; no contact data
CREATE TABLE terugkoppeling (
    melding_id   VARCHAR(36)              NOT NULL,
    moment       VARCHAR(20)              NOT NULL,
    melder_type  VARCHAR(20)              NOT NULL,
    vervolgroute VARCHAR(40)              NOT NULL,
    partners     TEXT[]                   NOT NULL,
    tekst        TEXT                     NOT NULL,
    verstuurd_op TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (melding_id, moment)
);
