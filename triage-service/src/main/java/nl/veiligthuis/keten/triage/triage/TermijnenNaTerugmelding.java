package nl.veiligthuis.keten.triage.triage;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 2, once after the upgrade: the triages returned before a return planned its fresh term (migration
 * V2_12 listed them) get that term's deadline now. A row goes when its deadline is planned; one that fails stays for
 * the next start. Planning it twice fires one signal: the aggregate signals a term once.
 */
@Component
class TermijnenNaTerugmelding implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TermijnenNaTerugmelding.class);

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    TermijnenNaTerugmelding(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments argumenten) {
        List<String> meldingen = jdbc.sql("SELECT melding_id FROM termijn_na_terugmelding ORDER BY melding_id")
                .query(String.class).list();
        for (String meldingId : meldingen) {
            try {
                commands.sendAndWait(new PlanTermijnNaTerugmelding(meldingId));
                jdbc.sql("DELETE FROM termijn_na_terugmelding WHERE melding_id = ?").param(meldingId).update();
            } catch (RuntimeException e) {
                LOG.warn("Term after a return not planned for melding {} ({}); tried again at the next start",
                        meldingId, e.getClass().getSimpleName());
            }
        }
        if (!meldingen.isEmpty()) {
            LOG.info("Fresh triage terms planned for {} returned meldingen", meldingen.size());
        }
    }
}
