package nl.veiligthuis.keten.triage.toegang;

import static nl.veiligthuis.keten.platform.beveiliging.Rol.BEHEERDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.INSPECTEUR;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.TEAMLEIDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.VEILIG_THUIS_MEDEWERKER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.WIJKTEAMMEDEWERKER;

import nl.veiligthuis.keten.platform.beveiliging.Toegangsregels;
import java.util.HashSet;
import java.util.Set;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import nl.veiligthuis.keten.platform.beveiliging.Scope;
import nl.veiligthuis.keten.platform.toegangslog.GezinOpzoeker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which operation of triage-service (issue 13, docs/security.md): Veilig Thuis triages and investigates;
 * the wijkteam reads the handover package it receives and who holds zicht op veiligheid; the inspecteur reads; the
 * waiting lists, which hold counts only, are also the beheerder's.
 */
@Configuration
class TriageToegang {

    @Bean
    Toegangsregels triageToegangsregels() {
        return Toegangsregels.bouw()
                .get("/api/v1/triages/*", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .getMetScope("/api/v1/triages/*/contactpersoon", Scope.TERUGKOPPELING_CONTACTPERSOON,
                        VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .post("/api/v1/triages/*/start", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/triages/*/besluit", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/triages/*/monitoringsfrequentie", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/triages/*/wachtcontacten", VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/onderzoeken/*", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .post("/api/v1/onderzoeken/*/start", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/onderzoeken/*/afronding", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/onderzoeken/*/overschrijding", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/onderzoeken/*/overdrachtsgesprek", VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/overdrachten/*", VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER, TEAMLEIDER, INSPECTEUR)
                .get("/api/v1/gezinnen/*/zicht-op-veiligheid",
                        VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER, TEAMLEIDER, INSPECTEUR)
                .get("/api/v1/werkvoorraad", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .get("/api/v1/wachtlijsten", VEILIG_THUIS_MEDEWERKER, INSPECTEUR, BEHEERDER)
                .get("/api/v1/wachtlijsten/historie", VEILIG_THUIS_MEDEWERKER, INSPECTEUR, BEHEERDER)
                .klaar();
    }

    /**
     * A triage and its onderzoek belong to their Veilig Thuis regio. A gezin's zicht op veiligheid is scoped by its
     * controller, which answers as for an unknown gezin (nobody, no history) outside the caller's werkgebied.
     */
    @Bean
    OrganisatieOpzoeker triageOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("meldingId", id -> regios(jdbc, "melding_id = ?", id));
    }

    @Bean
    OrganisatieOpzoeker onderzoekOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("onderzoekId", id -> regios(jdbc,
                "melding_id IN (SELECT melding_id FROM onderzoek_overzicht WHERE onderzoek_id = ?)", id));
    }


    /** A handover package is for the Veilig Thuis regio that made it and the wijkteam of its gemeente. */
    @Bean
    OrganisatieOpzoeker overdrachtOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("overdrachtId", id -> {
            Set<String> organisaties = regios(jdbc,
                    "melding_id IN (SELECT melding_id FROM overdracht WHERE overdracht_id = ?)", id);
            jdbc.sql("SELECT gemeente FROM overdracht WHERE overdracht_id = ?").param(id).query(String.class).list()
                    .forEach(gemeente -> organisaties.add("Wijkteam " + gemeente));
            return organisaties;
        }).metTeam(id -> jdbc.sql("SELECT team FROM overdracht WHERE overdracht_id = ?").param(id)
                .query(String.class).optional().orElse(null));
    }

    /** The worklist of a regio is that regio's; the waiting lists per regio are counts, open to every reader. */
    @Bean
    OrganisatieOpzoeker regioOrganisatie() {
        return OrganisatieOpzoeker.op("/api/v1/werkvoorraad", "regio", Set::of);
    }

    private static Set<String> regios(JdbcClient jdbc, String waar, String id) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT regio FROM triage_overzicht WHERE regio IS NOT NULL AND " + waar)
                .param(id).query(String.class).list());
    }

    /** The gezin of a triage, an onderzoek and a handover, for the access log (R20). */
    @Bean
    GezinOpzoeker triageGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "meldingId", "SELECT gezin_id FROM triage_overzicht WHERE melding_id = :id");
    }

    @Bean
    GezinOpzoeker onderzoekGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "onderzoekId", "SELECT gezin_id FROM onderzoek_overzicht WHERE onderzoek_id = :id");
    }

    @Bean
    GezinOpzoeker overdrachtGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "overdrachtId", "SELECT gezin_id FROM overdracht WHERE overdracht_id = :id");
    }
}
