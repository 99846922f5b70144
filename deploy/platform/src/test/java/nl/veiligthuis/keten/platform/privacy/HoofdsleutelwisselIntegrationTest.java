package nl.veiligthuis.keten.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Master-key rotation (R21, issue 13 point 6): a service started with a new master key and the old one as previous
 * reads every key, re-wraps them all, and afterwards needs the old one no more; a key wrapped with an unknown master
 * key fails loudly instead of reading as erased.
 */
class HoofdsleutelwisselIntegrationTest {

    private static final String OUD = "oude-hoofdsleutel-voor-deze-test-0123456789";
    private static final String NIEUW = "nieuwe-hoofdsleutel-voor-deze-test-9876543210";

    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("hoofdsleutel"), infra.username(),
                infra.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void r21_aNewMasterKeyReadsTheOldKeysRewrapsThemAndThenNeedsTheOldOneNoMore() {
        String gezin = UUID.randomUUID().toString();
        String gewist = UUID.randomUUID().toString();
        Sleutelkluis oud = new Sleutelkluis(jdbc, OUD, Clock.systemUTC());
        String waarde = oud.versleutel(gezin, "Naam van een kind".getBytes(StandardCharsets.UTF_8));
        oud.versleutel(gewist, "Ander gezin".getBytes(StandardCharsets.UTF_8));
        oud.vernietig(gewist, "VERZOEK");

        // without the old one, the new master key cannot read: loudly, never as "erased"
        assertThatThrownBy(() -> new Sleutelkluis(jdbc, NIEUW, Clock.systemUTC()).ontsleutel(waarde))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("master key");

        Sleutelkluis wissel = new Sleutelkluis(jdbc, NIEUW, List.of(OUD), Clock.systemUTC());
        assertThat(wissel.ontsleutel(waarde)).hasValueSatisfying(tekst ->
                assertThat(new String(tekst, StandardCharsets.UTF_8)).isEqualTo("Naam van een kind"));
        assertThat(wissel.verpakOpnieuw()).isEqualTo(1);
        assertThat(wissel.verpakOpnieuw()).as("once").isZero();

        Sleutelkluis nieuw = new Sleutelkluis(jdbc, NIEUW, Clock.systemUTC());
        assertThat(nieuw.ontsleutel(waarde)).hasValueSatisfying(tekst ->
                assertThat(new String(tekst, StandardCharsets.UTF_8)).isEqualTo("Naam van een kind"));
        assertThatThrownBy(() -> new Sleutelkluis(jdbc, OUD, Clock.systemUTC()).ontsleutel(waarde))
                .isInstanceOf(IllegalStateException.class);
        // the erased gezin stays erased: its key was not brought back
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Long.class, gewist)).isZero();
    }
}
