package nl.veiligthuis.keten.systeem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.embedded.EmbeddedPostgresServer;
import nl.veiligthuis.keten.embedded.KafkaBroker;
import nl.veiligthuis.keten.embedded.Ontwikkelconfiguratie;
import nl.veiligthuis.keten.platform.beveiliging.Scope;
import nl.veiligthuis.keten.platform.logging.Dienstnaam;

/**
 * The run command: a real PostgreSQL server (one database per service) and a real KRaft Kafka broker with
 * their data in {@code KETEN_DATA_DIR} (default {@code .keten-data}), then the four services. Ctrl-C or SIGTERM
 * stops the services, then Kafka, then PostgreSQL. Starting again continues where it stopped.
 *
 * <p>With {@code KETEN_EXTERNE_INFRA=true} no embedded server starts: each service takes its database from
 * {@code <SERVICE>_DB_URL} and Kafka from {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}.
 *
 * <p>The embedded servers are for development only: they start only in the explicit development mode
 * ({@code --ontwikkeling} or {@code KETEN_ONTWIKKELMODUS=true}), in which the services also trust tokens signed with
 * the development key ({@link DevToken}) and the launcher writes a token per role to
 * {@code <KETEN_DATA_DIR>/ontwikkeltokens.env}. Outside it, infrastructure and identity provider are external and
 * configured ({@code KETEN_EXTERNE_INFRA=true}, {@code spring.security.oauth2.resourceserver.jwt.*}), and a service
 * refuses the development key (docs/security.md).
 */
public final class KetenLauncher {

    private KetenLauncher() {
    }

    public static void main(String[] args) throws Exception {
        // lines of the launcher and of the embedded PostgreSQL (logged through this JVM) say "keten"
        Dienstnaam.zet("keten");
        Path data = Path.of(env("KETEN_DATA_DIR", ".keten-data")).toAbsolutePath();
        boolean extern = Boolean.parseBoolean(env("KETEN_EXTERNE_INFRA", "false"));
        boolean ontwikkeling = List.of(args).contains("--ontwikkeling")
                || Boolean.parseBoolean(env("KETEN_ONTWIKKELMODUS", "false"));
        String weigering = weigering(ontwikkeling, extern,
                Boolean.parseBoolean(env("KETEN_KLOK_VERSCHUIFBAAR", "false")));
        if (weigering != null) {
            System.err.println(weigering);
            System.exit(2);
        }
        // "geen": PostgreSQL and Kafka only, for services started as processes of their own (the fault suite, a
        // second instance of a service)
        boolean diensten = !"geen".equals(env("KETEN_DIENSTEN", "alle"));
        if (extern && !diensten) {
            throw new IllegalArgumentException("KETEN_EXTERNE_INFRA=true with KETEN_DIENSTEN=geen starts nothing");
        }
        Files.createDirectories(data);

        EmbeddedPostgresServer postgres = null;
        KafkaBroker kafka = null;
        Map<String, Object> gedeeld = new HashMap<>();
        if (!extern) {
            System.out.println("Veilig Thuis Keten: starting PostgreSQL and Kafka (data in " + data + ")");
            postgres = EmbeddedPostgresServer.start(data.resolve("postgres"),
                    Integer.parseInt(env("KETEN_POSTGRES_PORT", "5432")));
            for (Dienst dienst : Dienst.values()) {
                postgres.createDatabaseIfAbsent(dienst.database());
            }
            kafka = KafkaBroker.start(data.resolve("kafka"), Integer.parseInt(env("KETEN_KAFKA_PORT", "9092")));
            gedeeld.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        }
        Path tokens = data.resolve("ontwikkeltokens.env");
        if (ontwikkeling) {
            gedeeld.putAll(Ontwikkelconfiguratie.eigenschappen());
            Ontwikkeltokens.schrijf(tokens);
        }
        final EmbeddedPostgresServer pg = postgres;
        // the fault suite crashes and restarts PostgreSQL through the launcher, which holds the server
        var database = new AtomicReference<>(postgres);
        boolean klokVerschuifbaar = Boolean.parseBoolean(env("KETEN_KLOK_VERSCHUIFBAAR", "false"));

        KetenSysteem systeem = !diensten ? null : KetenSysteem.start(dienst -> {
            Map<String, Object> eigenschappen = new HashMap<>(gedeeld);
            if (pg != null) {
                eigenschappen.putAll(pg.springEigenschappen(pg.jdbcUrl(dienst.database())));
            }
            eigenschappen.put("keten.klok.verschuifbaar", klokVerschuifbaar);
            if (ontwikkeling && dienst == Dienst.MELDING) {
                // issue 14 point 5: melding-service asks triage-service (keten.diensten) whom the melder can call, by
                // the scope terugkoppeling:contactpersoon (a development token, 8 hours like the others)
                eigenschappen.put("keten.terugkoppeling.contactpersoon.authorization", "Bearer " + DevToken.voorSysteem(
                        "Veilig Thuis Keten melding-service", Scope.TERUGKOPPELING_CONTACTPERSOON));
            }
            return eigenschappen;
        });

        var gestopt = new CountDownLatch(1);
        final KafkaBroker broker = kafka;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long begin = System.nanoTime();
            System.out.println("Veilig Thuis Keten: stopping");
            if (systeem != null) {
                systeem.close();
            }
            System.out.printf("Veilig Thuis Keten: services stopped after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            if (broker != null) {
                broker.close();
                System.out.printf("Veilig Thuis Keten: Kafka stopped after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            }
            if (database.get() != null) {
                database.get().close();
                System.out.printf("Veilig Thuis Keten: PostgreSQL stopped after %d ms%n",
                        (System.nanoTime() - begin) / 1_000_000);
            }
            gestopt.countDown();
        }, "keten-stop"));

        System.out.println();
        System.out.println("Veilig Thuis Keten is running:");
        for (Dienst dienst : diensten ? Dienst.values() : new Dienst[0]) {
            System.out.printf("  %-19s http://localhost:%d  (OpenAPI: /api/v1/openapi.json, health: /actuator/health)%n",
                    dienst.naam(), systeem.poort(dienst));
        }
        if (!extern) {
            System.out.println("  PostgreSQL          " + pg.jdbcUrl("<melding|triage|wijkteam|monitoring>"));
            System.out.println("  Kafka               " + broker.bootstrapServers());
        }
        if (ontwikkeling) {
            System.out.println();
            System.out.println("  ONTWIKKELMODUS: de diensten vertrouwen tokens van de ontwikkelsleutel; nooit met echte gegevens.");
            System.out.println("  Een token per rol (8 uur geldig):  source " + tokens);
            System.out.println("    $VT_TOKEN $WIJKTEAM_TOKEN $TEAMLEIDER_TOKEN $INSPECTEUR_TOKEN $BEHEERDER_TOKEN $PARTNER_TOKEN");
            System.out.println("  Een ander token:  java -cp \"deploy/keten/target/keten.jar:deploy/keten/target/lib/*\" "
                    + DevToken.class.getName() + " --organisatie <organisatie> --rol <ROL>");
        }
        System.out.println("Stop with Ctrl-C. Reset all data: stop, then delete " + data);
        if (!diensten) {
            leesFoutinjecties(database, data.resolve("postgres"));
        }
        gestopt.await();
    }

    /**
     * Why the run command will not start, or {@code null}: the embedded servers (trust authentication, the
     * development key) and the movable clock exist only in the explicit development mode (issue 13 point 1).
     */
    static String weigering(boolean ontwikkeling, boolean extern, boolean klokVerschuifbaar) {
        if (!ontwikkeling && !extern) {
            return """
                    Veilig Thuis Keten: de ingebouwde PostgreSQL en Kafka en de ontwikkelsleutel voor tokens zijn \
                    alleen voor ontwikkeling.
                      Ontwikkelen:  deploy/keten/run --ontwikkeling
                      Productie:    KETEN_EXTERNE_INFRA=true met <DIENST>_DB_URL/_USER/_PASSWORD, \
                    SPRING_KAFKA_BOOTSTRAP_SERVERS, MELDING_HERKENNING_SLEUTEL, KETEN_PRIVACY_HOOFDSLEUTEL en de \
                    identity provider \
                    (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI en _AUDIENCES); zie docs/security.md""";
        }
        if (klokVerschuifbaar && !ontwikkeling) {
            return "Veilig Thuis Keten: KETEN_KLOK_VERSCHUIFBAAR=true alleen in ontwikkelmodus (--ontwikkeling)";
        }
        return null;
    }

    /** With KETEN_DIENSTEN=geen, a line "postgres-crash" on standard input crashes and restarts PostgreSQL. */
    private static void leesFoutinjecties(AtomicReference<EmbeddedPostgresServer> database, Path map) {
        Thread lezer = new Thread(() -> {
            var invoer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                for (String regel = invoer.readLine(); regel != null; regel = invoer.readLine()) {
                    if ("postgres-crash".equals(regel.trim())) {
                        database.set(database.get().crashAndRestart(map));
                        System.out.println("Veilig Thuis Keten: PostgreSQL crashed (SIGKILL) and restarted");
                    }
                }
            } catch (IOException | RuntimeException fout) {
                System.out.println("Veilig Thuis Keten: fault injection stopped: " + fout);
            }
        }, "foutinjectie");
        lezer.setDaemon(true);
        lezer.start();
    }

    private static String env(String naam, String standaard) {
        String waarde = System.getenv(naam);
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }
}
