package nl.veiligthuis.keten.melding.toegang;

import static nl.veiligthuis.keten.platform.beveiliging.Rol.BEHEERDER;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.INSPECTEUR;
import static nl.veiligthuis.keten.platform.beveiliging.Rol.VEILIG_THUIS_MEDEWERKER;

import nl.veiligthuis.keten.platform.beveiliging.Scope;
import nl.veiligthuis.keten.platform.beveiliging.Toegangsregels;
import java.util.HashSet;
import java.util.Set;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import nl.veiligthuis.keten.platform.toegangslog.GezinOpzoeker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which operation of melding-service (issue 13, docs/security.md): Veilig Thuis takes in meldingen and
 * adviesvragen, also from partner systems by scope; the inspecteur reads. The beheer endpoints are the platform's.
 */
@Configuration
class MeldingToegang {

    @Bean
    Toegangsregels meldingToegangsregels() {
        return Toegangsregels.bouw()
                .postMetScope("/api/v1/meldingen", Scope.MELDINGEN_INDIENEN, VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/meldingen/*", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .post("/api/v1/meldingen/*/gezinskoppeling", VEILIG_THUIS_MEDEWERKER)
                .post("/api/v1/meldingen/*/gezinskoppeling/afwijzing", VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/meldingen/*/terugkoppelingen", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .get("/api/v1/terugkoppelingen/bezorgingen", BEHEERDER)
                .post("/api/v1/terugkoppelingen/bezorgingen/*/opnieuw", BEHEERDER)
                .postMetScope("/api/v1/adviesvragen", Scope.ADVIESVRAGEN_INDIENEN, VEILIG_THUIS_MEDEWERKER)
                .get("/api/v1/adviesvragen/*", VEILIG_THUIS_MEDEWERKER, INSPECTEUR)
                .klaar();
    }

    /**
     * A melding and an adviesvraag belong to the Veilig Thuis regio of their gemeente, as their first event in the
     * event store says: the read models follow a moment later, and a client that acts on the 201 must not get a 404.
     */
    @Bean
    OrganisatieOpzoeker meldingOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("meldingId", id -> regio(jdbc, id));
    }

    @Bean
    OrganisatieOpzoeker adviesvraagOrganisatie(JdbcClient jdbc) {
        return OrganisatieOpzoeker.van("adviesvraagId", id -> regio(jdbc, id));
    }

    private static Set<String> regio(JdbcClient jdbc, String aggregaat) {
        return new HashSet<>(jdbc.sql("""
                SELECT convert_from(payload, 'UTF8')::json->>'regio' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0
                  AND convert_from(payload, 'UTF8')::json->>'regio' IS NOT NULL""")
                .param(aggregaat).query(String.class).list());
    }

    /**
     * The gezin of a melding, for the access log (R20): the one it joined at intake, as its first event says (also
     * for the 201 of a partner system, which is not told the gezin), and the one it was linked to since.
     */
    @Bean
    GezinOpzoeker meldingGezin(JdbcClient jdbc) {
        return GezinOpzoeker.uit(jdbc, "meldingId", """
                SELECT convert_from(payload, 'UTF8')::json->>'gezinId' FROM domain_event_entry
                WHERE aggregate_identifier = :id AND sequence_number = 0
                  AND convert_from(payload, 'UTF8')::json->>'gezinId' IS NOT NULL
                UNION SELECT gezin_id FROM melding_overzicht WHERE melding_id = :id""").ookVoorLocatie("/api/v1/meldingen/");
    }
}
