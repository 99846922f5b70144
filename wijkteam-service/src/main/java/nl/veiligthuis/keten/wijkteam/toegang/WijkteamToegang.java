package nl.veiligthuis.keten.wijkteam.toegang;

import static nl.veiligthuis.keten.platform.beveiliging.Rol.INSPECTEUR;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.TEAMLEIDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.WIJKTEAMMEDEWERKER;

import java.util.HashSet;
import java.util.Set;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import nl.veiligthuis.keten.platform.beveiliging.Toegangsregels;
import nl.veiligthuis.keten.platform.toegangslog.GezinOpzoeker;
import nl.veiligthuis.keten.platform.toegangslog.PersoonOpzoeker;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.messaging.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may call which operation of wijkteam-service (issue 13, docs/security.md): the wijkteammedewerker works the
 * zaak; the teamleider reviews (R13, R16, escalations) and accepts, returns and assigns regie with the team; both
 * read the zaken of their own gemeente; the inspecteur reads everything. Veilig Thuis learns who holds zicht op
 * veiligheid and regie from triage-service and the timeline.
 */
@Configuration
public class WijkteamToegang {

    private static final String[] TEAM = {WIJKTEAMMEDEWERKER, TEAMLEIDER};
    private static final String[] LEZERS = {WIJKTEAMMEDEWERKER, TEAMLEIDER, INSPECTEUR};
    /** Issue 14 point 14: steering is the teamleider's, and the inspecteur's to see. */
    private static final String[] LEIDING = {TEAMLEIDER, INSPECTEUR};

    @Bean
    Toegangsregels wijkteamToegangsregels() {
        return Toegangsregels.bouw()
                .get("/api/v1/zaken", LEZERS)
                .get("/api/v1/zaken/*", LEZERS)
                .post("/api/v1/zaken/*/acceptatie", TEAM)
                .post("/api/v1/zaken/*/terugmelding", TEAM)
                .post("/api/v1/zaken/*/overdrachten/*/acceptatie", TEAM)
                .post("/api/v1/zaken/*/overdrachten/*/afsplitsing", TEAM)
                .post("/api/v1/zaken/*/regisseur", TEAM)
                .get("/api/v1/zaken/*/regie", LEZERS)
                .post("/api/v1/zaken/*/gezinsleden", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/gezinsleden/*/gesprekken", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/gezinsleden/*/veiligheidsinschattingen", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/gezinsleden/*/zrm", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/leefgebiedenanalyse", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/genoemde-gezinsleden/*/koppeling", WIJKTEAMMEDEWERKER)
                .get("/api/v1/zaken/*/intake", LEZERS)
                .post("/api/v1/zaken/*/ondersteuningsplan", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/ondersteuningsplan/beoordeling", TEAMLEIDER)
                .post("/api/v1/zaken/*/ondersteuningsplan/evaluaties", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/ondersteuningsplan/familiegroepsplan-aanbod", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/procesbespreking", TEAM)
                .get("/api/v1/zaken/*/ondersteuningsplan", LEZERS)
                .post("/api/v1/zaken/*/veiligheidsplan", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/veiligheidsplan/beoordeling", TEAMLEIDER)
                .post("/api/v1/zaken/*/veiligheidsplan/evaluaties", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/veiligheidsplan/beeindiging", WIJKTEAMMEDEWERKER)
                .get("/api/v1/zaken/*/veiligheidsplan", LEZERS)
                .post("/api/v1/zaken/*/afsluiting", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/afsluiting/beoordeling", TEAMLEIDER)
                .post("/api/v1/zaken/*/informatiedeling", WIJKTEAMMEDEWERKER)
                .get("/api/v1/zaken/*/afsluiting", LEZERS)
                .post("/api/v1/zaken/*/opschalingen", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/opschalingen/*/besluit", TEAMLEIDER)
                .get("/api/v1/zaken/*/opschalingen", LEZERS)
                .post("/api/v1/zaken/*/contacten", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/contactfrequentie", TEAM)
                .get("/api/v1/zaken/*/contacten", LEZERS)
                .post("/api/v1/zaken/*/overleggen", TEAM)
                .get("/api/v1/zaken/*/overleggen", LEZERS)
                .post("/api/v1/zaken/*/nazorg/controles", WIJKTEAMMEDEWERKER)
                .get("/api/v1/zaken/*/nazorg", LEZERS)
                .get("/api/v1/zaken/*/monitoringcontacten", LEZERS)
                .post("/api/v1/zaken/*/monitoringcontacten/*/antwoord", WIJKTEAMMEDEWERKER)
                .post("/api/v1/zaken/*/verhuizing", TEAM)
                .get("/api/v1/zaken/*/verhuizingen", LEZERS)
                .get("/api/v1/verhuizingen", LEZERS)
                .post("/api/v1/verhuizingen/*/acceptatie", TEAM)
                .post("/api/v1/verhuizingen/*/weigering", TEAM)
                .post("/api/v1/zaken/*/verhuizing/intrekking", TEAM)
                .get("/api/v1/werkvoorraad", LEZERS)
                .get("/api/v1/stuurinformatie", LEIDING)
                .klaar();
    }

    /**
     * A zaak belongs to the wijkteam of its gemeente, as the events name it ("Wijkteam Vlaardingen"), and once accepted
     * to the team that accepted it: a token with a {@code team} claim reaches only that team's zaken and the ones no
     * team accepted yet (issue 13 point 2).
     */
    @Bean
    OrganisatieOpzoeker zaakOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("zaakId", id -> new HashSet<>(jdbc.sql(
                "SELECT gemeente FROM zaak_overzicht WHERE zaak_id = ?").param(id).query(String.class).list().stream()
                .map(Actor::wijkteam).toList()))
                .metTeam(id -> jdbc.sql("SELECT team FROM zaak_overzicht WHERE zaak_id = ?").param(id)
                        .query(String.class).optional().orElse(null));
    }

    /**
     * Issue 14 point 10: a move is decided by the wijkteam of the gemeente it goes to, before the zaak is its own; any
     * of its teams may take it.
     */
    @Bean
    OrganisatieOpzoeker verhuizingOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("verhuizingId", id -> new HashSet<>(jdbc.sql(
                "SELECT naar_gemeente FROM zaak_verhuizing WHERE verhuizing_id = ?").param(id).query(String.class)
                .list().stream().map(Actor::wijkteam).toList()));
    }

    /** Issue 14 point 10: the moves waiting in and out of a gemeente are its wijkteam's to see. */
    @Bean
    OrganisatieOpzoeker verhuizingenOrganisatie() {
        return OrganisatieOpzoeker.op("/api/v1/verhuizingen", "gemeente", gemeente -> Set.of(Actor.wijkteam(gemeente)));
    }

    @Bean
    OrganisatieOpzoeker gemeenteOrganisatie() {
        return OrganisatieOpzoeker.op("/api/v1/werkvoorraad", "gemeente", gemeente -> Set.of(Actor.wijkteam(gemeente)));
    }

    @Bean
    OrganisatieOpzoeker stuurinformatieOrganisatie() {
        return OrganisatieOpzoeker.op("/api/v1/stuurinformatie", "gemeente",
                gemeente -> Set.of(Actor.wijkteam(gemeente)));
    }

    /**
     * Whether a caller sees a zaak of this gemeente and team: a wijkteam only its own gemeente's, and a caller whose
     * token names a team only that team's and those no team accepted yet (issue 13 point 2).
     */
    public static boolean binnenWerkgebied(Beller beller, String gemeente, String team) {
        return !beller.isBegrensd() || beller.isVan(Actor.wijkteam(gemeente)) && beller.isVanTeam(team);
    }

    /**
     * The team a gemeente-wide read (worklist, steering) is for: the one asked for (null: the whole gemeente), and for
     * a caller whose token names a team always that team; another team is a 404, as if unknown (issue 13 point 2).
     */
    public static String gevraagdTeam(Beller beller, String team) {
        String gevraagd = team == null || team.isBlank() ? null : team.strip();
        if (beller.isBegrensd() && beller.team() != null) {
            if (gevraagd != null && !beller.isVanTeam(gevraagd)) {
                Toegangskenmerken.buitenWerkgebiedOp("team");
                throw new NietGevonden("team " + gevraagd + " is niet bekend");
            }
            return beller.team();
        }
        return gevraagd;
    }

    /** The gemeente a gemeente-wide read is for; it is required. */
    public static String verplichteGemeente(String gemeente) {
        if (gemeente == null || gemeente.isBlank()) {
            throw new OngeldigeInvoer("gemeente", "de gemeente is verplicht", "NotBlank");
        }
        return gemeente.strip();
    }

    /** The gezin of a zaak, for the access log (R20). */
    @Bean
    GezinOpzoeker zaakGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "zaakId", "SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = :id");
    }

    /** The gezin of a move, for the access log (R20): the receiving wijkteam decides on it before the zaak is its. */
    @Bean
    GezinOpzoeker verhuizingGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "verhuizingId", "SELECT gezin_id FROM zaak_verhuizing WHERE verhuizing_id = :id");
    }

    /** The person a gezinslid of a zaak is, for the access log (R20): their own overview finds what was done. */
    @Bean
    PersoonOpzoeker gezinslidPersoon(JdbcClient jdbc) {
        return PersoonOpzoeker.uit(jdbc, "lidId",
                "SELECT DISTINCT persoon_id FROM intake_gezinslid WHERE lid_id = :id AND persoon_id IS NOT NULL");
    }
}
