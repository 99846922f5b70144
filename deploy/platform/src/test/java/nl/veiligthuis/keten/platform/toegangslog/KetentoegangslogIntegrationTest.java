package nl.veiligthuis.keten.platform.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * R20, issue 13 point 5: a gezin's overview of who accessed its data in the whole chain, asked of one service. The
 * other services are asked with the caller's own token; one that does not answer, or refuses, is named as not reached,
 * so the overview never passes for complete when it is not.
 */
class KetentoegangslogIntegrationTest {

    private static final String GEZIN = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01";

    private Toegangslog eigen;
    private HttpServer anderen;
    private final AtomicReference<String> doorgegeven = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("ketentoegangslog"), infra.username(),
                infra.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        eigen = new Toegangslog(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
        anderen = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        anderen.createContext("/triage/api/v1/toegangslog", uitwisseling -> {
            doorgegeven.set(uitwisseling.getRequestHeaders().getFirst("Authorization"));
            byte[] antwoord = """
                    [{"volgnummer": 7, "registratieId": "5f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71",
                      "traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7",
                      "begin": "2026-12-07T10:00:00Z", "einde": "2026-12-07T10:00:01Z", "dienst": "triage-service",
                      "verwerking": "GET /api/v1/triages/{meldingId}", "handeling": "INZIEN", "uitkomst": "TOEGESTAAN",
                      "statusCode": "OK", "httpStatus": 200, "gebruiker": "test-vt-1", "namens": null,
                      "organisatie": "Veilig Thuis Rotterdam Rijnmond", "rol": "VEILIG_THUIS_MEDEWERKER",
                      "grondslag": "Wmo 2015 art. 4.1.1", "noodtoegang": null, "gezinnen": ["%s"], "personen": [],
                      "objecten": ["meldingId=1"], "hash": "ab"}]""".formatted(GEZIN).getBytes(StandardCharsets.UTF_8);
            uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(200, antwoord.length);
            uitwisseling.getResponseBody().write(antwoord);
            uitwisseling.close();
        });
        anderen.createContext("/wijkteam/api/v1/toegangslog", uitwisseling -> {
            uitwisseling.sendResponseHeaders(403, -1);
            uitwisseling.close();
        });
        anderen.start();
    }

    @AfterEach
    void stop() {
        anderen.stop(0);
    }

    @Test
    void r20_theChainsOverviewJoinsEveryServicesPartAndNamesTheOnesNotReached() throws IOException {
        String basis = "http://localhost:" + anderen.getAddress().getPort();
        int dicht;
        try (ServerSocket socket = new ServerSocket(0)) {
            dicht = socket.getLocalPort();
        }
        try (var keten = new Ketentoegangslog(eigen, "melding-service", Map.of(
                "melding-service", "http://localhost:1", "triage-service", basis + "/triage",
                "wijkteam-service", basis + "/wijkteam/", "monitoring-service", "http://localhost:" + dicht),
                JsonMapper.builder().build(), false)) {
            var overzicht = keten.voor(GEZIN, null, 100, "Bearer inspecteur");

            assertThat(overzicht.diensten()).extracting(Ketentoegangslog.Dienstdeel::dienst)
                    .containsExactly("melding-service", "monitoring-service", "triage-service", "wijkteam-service");
            assertThat(overzicht.diensten()).extracting(Ketentoegangslog.Dienstdeel::bereikt)
                    .containsExactly(true, false, true, false);
            assertThat(overzicht.diensten().get(3).fout()).isEqualTo("antwoordde 403");
            assertThat(overzicht.diensten().get(1).fout()).startsWith("niet bereikt");
            // the other service is asked with the caller's own token: it decides, and records the asking, itself
            assertThat(doorgegeven.get()).isEqualTo("Bearer inspecteur");
            assertThat(overzicht.toegangen()).singleElement().satisfies(toegang -> {
                assertThat(toegang.dienst()).isEqualTo("triage-service");
                assertThat(toegang.gezinnen()).containsExactly(GEZIN);
            });
            assertThat(overzicht.diensten().get(2).volgende()).isNull();
        }
        assertThat(eigen.voor(GEZIN, null, 0, 10)).isEmpty();

        // outside the development mode a caller's token goes to https addresses only
        doorgegeven.set(null);
        try (var keten = new Ketentoegangslog(eigen, "melding-service", Map.of("triage-service", basis + "/triage"),
                JsonMapper.builder().build(), true)) {
            var overzicht = keten.voor(GEZIN, null, 100, "Bearer inspecteur");
            assertThat(overzicht.diensten()).filteredOn(deel -> !deel.dienst().equals("melding-service"))
                    .allSatisfy(deel -> {
                        assertThat(deel.bereikt()).isFalse();
                        assertThat(deel.fout()).startsWith("niet geconfigureerd");
                    });
            assertThat(doorgegeven.get()).isNull();
        }
    }
}
