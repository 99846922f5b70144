package nl.veiligthuis.keten.triage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 point 2, the upgrade: the triages migration V2_12 listed get their fresh term planned at start; a row goes
 * once that was done, one that could not be done stays for the next start.
 */
class TermijnenNaTerugmeldingIntegrationTest extends TriageKetenBasis {

    @Autowired
    TermijnenNaTerugmelding termijnen;

    @Test
    void r1_r9_theListedTriagesArePlannedAndCrossedOffAndAFailureStaysListed() throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String onbekend = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO termijn_na_terugmelding (melding_id) VALUES (?), (?)", melding.meldingId(), onbekend);
        try {
            termijnen.run(null);

            assertThat(jdbc.queryForList("SELECT melding_id FROM termijn_na_terugmelding", String.class))
                    .containsExactly(onbekend);
        } finally {
            jdbc.update("DELETE FROM termijn_na_terugmelding");
        }
    }
}
