package nl.veiligthuis.keten.melding.melding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Melding {

    @AggregateIdentifier
    private String meldingId;
    private String gezinId;
    private final Set<String> aangebodenGezinnen = new LinkedHashSet<>();
    private boolean aanGezinGekoppeld;
    private MelderType melderType;
    private boolean melderBereikbaar;
    private String gemeente;
    private String regio;
    /** Per moment and decision (see {@link Aanleiding}) whether the melder was answered, or why not. */
    private final Set<String> teruggekoppeld = new HashSet<>();

    protected Melding() {
    }

    @CommandHandler
    public Melding(RegistreerMelding command, Clock klok) {
        var nu = klok.instant();
        if (command.ontvangenOp().isAfter(nu)) {
            throw DomeinregelDetails.weigering("R1", "ontvangenOp ligt in de toekomst");
        }
        apply(new MeldingOntvangen(command.meldingId(), command.gezinId(), command.melder(), command.gemeente(),
                command.regio(), command.leden(), command.geweldsvormen(), command.kinderenAanwezig(), command.acuutOnveilig(),
                command.omschrijving(), command.ontvangenOp(), nu));
        if (!command.mogelijkeDuplicaten().isEmpty()) {
            apply(new MogelijkeDuplicatenGesignaleerd(command.meldingId(), command.gezinId(),
                    command.mogelijkeDuplicaten(), nu));
        }
    }

    /** R21: one dossier per gezin, so a melding joins another gezin only when it was offered, and only once. */
    @CommandHandler
    MeldingAanGezinGekoppeld handle(KoppelAanGezin command, Clock klok) {
        if (aanGezinGekoppeld) {
            throw DomeinregelDetails.weigering("R21", "de melding is al aan een bekend gezin gekoppeld");
        }
        vereisAangeboden(command.gezinId());
        var gekoppeld = new MeldingAanGezinGekoppeld(meldingId, gezinId, command.gezinId(), klok.instant());
        apply(gekoppeld);
        return gekoppeld;
    }

    @CommandHandler
    MogelijkDuplicaatAfgewezen handle(WijsMogelijkDuplicaatAf command, Clock klok) {
        vereisAangeboden(command.gezinId());
        var afgewezen = new MogelijkDuplicaatAfgewezen(meldingId, command.gezinId(), klok.instant());
        apply(afgewezen);
        return afgewezen;
    }

    /**
     * R6: once per moment and decision, whatever redeliveries or repeated source events ask (a new decision after a
     * return gets a new letter); nothing for an anonymous melder or a melder with neither contact nor organisation to
     * write to, recorded so the audit shows why.
     */
    @CommandHandler
    void handle(VerstuurTerugkoppeling command, Clock klok) {
        String aanleiding = command.aanleiding();
        if (teruggekoppeld.contains(Aanleiding.van(command.moment(), aanleiding))) {
            return;
        }
        var nu = klok.instant();
        if (melderType == MelderType.ANONIEM) {
            apply(new TerugkoppelingNietVerstuurd(meldingId, gezinId, command.moment(),
                    RedenGeenTerugkoppeling.ANONIEME_MELDER, nu, aanleiding));
        } else if (!melderBereikbaar) {
            apply(new TerugkoppelingNietVerstuurd(meldingId, gezinId, command.moment(),
                    RedenGeenTerugkoppeling.GEEN_CONTACTGEGEVENS, nu, aanleiding));
        } else {
            var wijkteamGemeente = command.gemeente() == null ? gemeente : command.gemeente();
            var partners = Terugkoppelingsbrief.partners(melderType, command.moment(), command.vervolgroute(), regio,
                    wijkteamGemeente);
            apply(new TerugkoppelingVerstuurd(meldingId, gezinId, command.moment(), melderType,
                    command.vervolgroute(), partners,
                    Terugkoppelingsbrief.tekst(melderType, command.moment(), command.vervolgroute(), partners, regio),
                    nu, aanleiding));
        }
    }

    private void vereisAangeboden(String aangeboden) {
        if (!aangebodenGezinnen.contains(aangeboden)) {
            throw DomeinregelDetails.weigering("R21",
                    "gezin " + aangeboden + " staat niet (meer) open als mogelijk duplicaat van deze melding");
        }
    }

    @EventSourcingHandler
    void on(MeldingOntvangen event) {
        this.meldingId = event.meldingId();
        this.gezinId = event.gezinId();
        this.melderType = event.melder().type();
        this.melderBereikbaar = ingevuld(event.melder().contact()) || ingevuld(event.melder().organisatie());
        this.gemeente = event.gemeente();
        this.regio = event.regio();
    }

    private static boolean ingevuld(String tekst) {
        return tekst != null && !tekst.isBlank();
    }

    @EventSourcingHandler
    void on(MogelijkeDuplicatenGesignaleerd event) {
        event.mogelijkeDuplicaten().forEach(duplicaat -> aangebodenGezinnen.add(duplicaat.gezinId()));
    }

    /** The koppeling settles which gezin the melding belongs to: the other offers lapse. */
    @EventSourcingHandler
    void on(MeldingAanGezinGekoppeld event) {
        this.gezinId = event.gezinId();
        this.aanGezinGekoppeld = true;
        aangebodenGezinnen.clear();
    }

    @EventSourcingHandler
    void on(MogelijkDuplicaatAfgewezen event) {
        aangebodenGezinnen.remove(event.gezinId());
    }

    @EventSourcingHandler
    void on(TerugkoppelingVerstuurd event) {
        teruggekoppeld.add(Aanleiding.van(event.moment(), event.aanleiding()));
    }

    @EventSourcingHandler
    void on(TerugkoppelingNietVerstuurd event) {
        teruggekoppeld.add(Aanleiding.van(event.moment(), event.aanleiding()));
    }
}
