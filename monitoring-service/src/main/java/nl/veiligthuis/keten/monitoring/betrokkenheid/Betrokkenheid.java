package nl.veiligthuis.keten.monitoring.betrokkenheid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One organisation's registered involvement with a gezin, or with one child of it (R18). The id follows from
 * organisation, gezin and child, so an organisation has one registration per gezin or child: registering again
 * while it runs is refused, after it ended it starts again.
 */
@Aggregate
public class Betrokkenheid {

    @AggregateIdentifier
    private String betrokkenheidId;
    private String gezinId;
    private String persoonId;
    private String organisatie;
    private String team;
    private boolean actief;

    protected Betrokkenheid() {
    }

    public static String id(String organisatie, String gezinId, String persoonId) {
        return id(organisatie, null, gezinId, persoonId);
    }

    /** Per team of an organisation, when the token names one: each team registers, and ends, its own. */
    public static String id(String organisatie, String team, String gezinId, String persoonId) {
        String sleutel = "betrokkenheid:" + organisatie + (team == null ? "" : "/" + team.toLowerCase(Locale.ROOT))
                + "|" + gezinId + "|"
                + (persoonId == null ? "" : persoonId);
        return UUID.nameUUIDFromBytes(sleutel.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return when it was registered */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Instant handle(RegistreerBetrokkenheid command, Clock klok) {
        if (actief) {
            throw DomeinregelDetails.weigering("R18", "deze organisatie is al als betrokken geregistreerd");
        }
        Instant nu = klok.instant();
        apply(new BetrokkenheidGeregistreerd(command.betrokkenheidId(), command.gezinId(), command.persoonId(),
                command.organisatie(), command.rol(), command.reden(), nu, command.team()));
        return nu;
    }

    /**
     * @return false when the caller's organisation is not the one that registered: the caller learns nothing more
     * than of an id that does not exist. Ending an ended involvement changes nothing.
     */
    @CommandHandler
    boolean handle(BeeindigBetrokkenheid command, Clock klok) {
        if (!organisatie.equals(command.organisatie())
                || team != null && command.team() != null && !team.equalsIgnoreCase(command.team())) {
            return false;
        }
        if (actief) {
            apply(new BetrokkenheidBeeindigd(betrokkenheidId, gezinId, persoonId, organisatie, klok.instant()));
        }
        return true;
    }

    @EventSourcingHandler
    void on(BetrokkenheidGeregistreerd event) {
        this.betrokkenheidId = event.betrokkenheidId();
        this.gezinId = event.gezinId();
        this.persoonId = event.persoonId();
        this.organisatie = event.organisatie();
        this.team = event.team();
        this.actief = true;
    }

    @EventSourcingHandler
    void on(BetrokkenheidBeeindigd event) {
        this.actief = false;
    }
}
