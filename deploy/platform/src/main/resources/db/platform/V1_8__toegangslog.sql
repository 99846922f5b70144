-- R20 (NEN 7513) access log, issue 13 point 5: one row per API request, refused ones too. Append-only: the trigger
-- below refuses every UPDATE, DELETE and TRUNCATE, and the application's database role gets only SELECT and INSERT on
-- this table (the Flyway callback Dienstrolrechten). Tamper-evident: each row's hash covers the row and the previous row's
-- hash in volgnummer order (Toegangshash gives the canonical form), so a changed or removed row breaks the chain.
-- Text columns without a length: a long token claim must not make the record fail (the caller's input is cut to
-- length and freed of control characters by Registratieopbouw instead).
CREATE TABLE toegangsregistratie (
    volgnummer     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registratie_id UUID          NOT NULL UNIQUE,
    trace_id       CHAR(32)      NOT NULL,
    span_id        CHAR(16)      NOT NULL,
    begin_tijd     TIMESTAMPTZ   NOT NULL,
    eind_tijd      TIMESTAMPTZ   NOT NULL,
    dienst         TEXT          NOT NULL,
    verwerking     TEXT          NOT NULL,
    handeling      VARCHAR(20)   NOT NULL,
    uitkomst       VARCHAR(30)   NOT NULL,
    http_status    SMALLINT      NOT NULL,
    gebruiker      TEXT,
    namens         TEXT,
    organisatie    TEXT,
    rol            TEXT,
    grondslag      TEXT          NOT NULL,
    noodtoegang    TEXT,
    gezinnen       TEXT[]        NOT NULL,
    personen       TEXT[]        NOT NULL,
    objecten       TEXT[]        NOT NULL,
    vorige_hash    CHAR(64),
    hash           CHAR(64)      NOT NULL
);
CREATE INDEX toegangsregistratie_gezinnen_idx ON toegangsregistratie USING GIN (gezinnen);
CREATE INDEX toegangsregistratie_personen_idx ON toegangsregistratie USING GIN (personen);

CREATE FUNCTION toegangsregistratie_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'toegangsregistratie is append-only (R20): % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER toegangsregistratie_geen_wijziging
    BEFORE UPDATE OR DELETE ON toegangsregistratie
    FOR EACH ROW EXECUTE FUNCTION toegangsregistratie_onveranderlijk();
CREATE TRIGGER toegangsregistratie_geen_truncate
    BEFORE TRUNCATE ON toegangsregistratie
    FOR EACH STATEMENT EXECUTE FUNCTION toegangsregistratie_onveranderlijk();

REVOKE UPDATE, DELETE, TRUNCATE ON toegangsregistratie FROM PUBLIC;
