package nl.veiligthuis.keten.monitoring.toegang;

import static nl.veiligthuis.keten.platform.beveiliging.Rol.BEHEERDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.INSPECTEUR;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.TEAMLEIDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.VEILIG_THUIS_MEDEWERKER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.WIJKTEAMMEDEWERKER;

import nl.veiligthuis.keten.platform.beveiliging.Toegangsregels;
import java.util.HashSet;
import java.util.Set;
import nl.veiligthuis.keten.monitoring.betrokkenheid.Betrokkenheden;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import nl.veiligthuis.keten.platform.toegangslog.GezinOpzoeker;
import nl.veiligthuis.keten.platform.toegangslog.PersoonOpzoeker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which operation of monitoring-service (issue 13, docs/security.md): Veilig Thuis monitors; the
 * timeline and the state of a gezin are read by those who work with it and the inspecteur; the inspection's checks are
 * the inspecteur's; the hash chain's verification (no personal data) also the beheerder's. R18's involvement is open to
 * every organisation in the chain, which sees only gezinnen it is involved with itself (the controller decides).
 */
@Configuration
class MonitoringToegang {

    private static final String[] BETROKKENEN = {VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER, TEAMLEIDER, INSPECTEUR};

    @Bean
    Toegangsregels monitoringToegangsregels() {
        return Toegangsregels.bouw()
                .get("/api/v1/monitoringen", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .get("/api/v1/monitoringen/*", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .post("/api/v1/monitoringen/*/contacten", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/monitoringen/*/oppakken", VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/gezinnen/*/tijdlijn", BETROKKENEN)
                .get("/api/v1/gezinnen/*/tijdlijn/verificatie", INSPECTEUR, BEHEERDER)
                .get("/api/v1/gezinnen/*/toestand", BETROKKENEN)
                .post("/api/v1/gezinnen/*/aanvullingen", VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER)
                .get("/api/v1/gezinnen/*/aanvullingen", BETROKKENEN)
                .get("/api/v1/gezinnen/*/toetsing", INSPECTEUR)
                .get("/api/v1/toetsingen", INSPECTEUR)
                .elkeOrganisatie(HttpMethod.POST, "/api/v1/betrokkenheden")
                .elkeOrganisatie(HttpMethod.DELETE, "/api/v1/betrokkenheden/*")
                .elkeOrganisatie(HttpMethod.GET, "/api/v1/betrokkenheden/matches")
                .elkeOrganisatie(HttpMethod.GET, "/api/v1/gezinnen/*/betrokkenheid")
                .klaar();
    }

    /**
     * A gezin's timeline, state and monitoring are for the organisations involved with it, by the chain's own events
     * or by registration (R18's betrokkenheid, ended involvement included: it was theirs). Within a wijkteam, a
     * professional whose token names a team reads the gezinnen of that team's zaken (and those of an involvement without
     * a team).
     */
    @Bean
    OrganisatieOpzoeker gezinOrganisatie(Betrokkenheden betrokkenheden) {
        return betrokkenheden.gezinnen(false);
    }

    @Bean
    OrganisatieOpzoeker werkvoorraadRegio() {
        // R14 worklist: a regio's is that regio's Veilig Thuis' (issue 14 point 8)
        return OrganisatieOpzoeker.op("/api/v1/monitoringen/werkvoorraad", "regio", Set::of);
    }

    @Bean
    OrganisatieOpzoeker monitoringOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("monitoringId", id -> new HashSet<>(jdbc.sql("""
                SELECT DISTINCT b.organisatie FROM betrokkenheid b
                JOIN monitoring_overzicht m ON m.gezin_id = b.gezin_id WHERE m.monitoring_id = ?""")
                .param(id).query(String.class).list()));
    }

    /** The gezin of a monitoring, for the access log (R20); most operations name the gezin in their path. */
    @Bean
    GezinOpzoeker monitoringGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "monitoringId",
                "SELECT gezin_id FROM monitoring_overzicht WHERE monitoring_id = :id");
    }

    /** The gezin and the person an involvement (R18) is about, for the access log (R20). */
    @Bean
    GezinOpzoeker betrokkenheidGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "betrokkenheidId",
                "SELECT gezin_id FROM betrokkenheid_registratie WHERE betrokkenheid_id = :id");
    }

    @Bean
    PersoonOpzoeker betrokkenheidPersoon(JdbcClient jdbc) {
        return PersoonOpzoeker.uit(jdbc, "betrokkenheidId", "SELECT persoon_id FROM betrokkenheid_registratie "
                + "WHERE betrokkenheid_id = :id AND persoon_id IS NOT NULL");
    }
}
