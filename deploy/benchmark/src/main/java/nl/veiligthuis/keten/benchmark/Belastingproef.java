package nl.veiligthuis.keten.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load generator (a benchmark, not a test): drives a running chain's REST APIs as partner systems do and prints
 * p50/p99/max per step, throughput, errors and the resident memory of the whole system, each figure also as a ratio
 * to the same machine's raw durable PostgreSQL insert rate, measured in the same run.
 *
 * <pre>
 * deploy/benchmark/run intake --clients 40 --aantal 200
 * deploy/benchmark/run stroom --tempo 50 --duur 60 --clients 32
 * deploy/benchmark/run keten  --tempo 10 --duur 30 --clients 32 [--onderzoek 5]
 * </pre>
 * Options: {@code --host} (localhost), {@code --tokens} (the bearer tokens, see {@link Tokens}), {@code --maatstaf}
 * a JDBC URL for the yardstick (default the embedded server's {@code postgres} database on 5432; {@code geen} to
 * skip), {@code --inloop S} (stroom and keten: run S seconds more at the same rate first and keep no durations of
 * what started then; default 0).
 */
public final class Belastingproef {

    private Belastingproef() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("--help")) {
            System.out.println("usage: intake|stroom|keten [--clients N] [--aantal N] [--tempo N/s] [--duur s] [--inloop s] "
                    + "[--onderzoek N] [--host H] [--maatstaf JDBC-URL|geen] [--tijdlijn JDBC-URL] [--tokens FILE]");
            return;
        }
        Map<String, String> opties = opties(args);
        String scenario = args[0];
        int clients = Integer.parseInt(opties.getOrDefault("clients", "40"));
        String host = opties.getOrDefault("host", "localhost");
        String maatstafUrl = opties.getOrDefault("maatstaf", "jdbc:postgresql://localhost:5432/postgres");

        double maatstaf = Double.NaN;
        if (!"geen".equals(maatstafUrl)) {
            maatstaf = PostgresMaatstaf.insertsPerSeconde(maatstafUrl, "postgres", "postgres", 10, 5_000);
        }

        Meting meting = new Meting();
        int inloop = Integer.parseInt(opties.getOrDefault("inloop", "0"));
        meting.inloop(Duration.ofSeconds(inloop));
        ExecutorService werkers = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(werkers).build();
        String data = System.getenv().getOrDefault("KETEN_DATA_DIR", ".keten-data");
        Tokens tokens = Tokens.lees(opties.getOrDefault("tokens", data + "/ontwikkeltokens.env"));
        KetenKlant klant = new KetenKlant(http, host, meting, tokens);
        Zichtbaarheid zichtbaarheid = new Zichtbaarheid();
        AtomicReference<Geheugen.Stand> geheugenMax = new AtomicReference<>(Geheugen.Stand.LEEG);
        ScheduledExecutorService geheugen = Executors.newSingleThreadScheduledExecutor();
        geheugen.scheduleAtFixedRate(() -> geheugenMax.accumulateAndGet(Geheugen.stand(), Geheugen.Stand::max),
                0, 1, TimeUnit.SECONDS);

        Instant begin = Instant.now();
        Map<String, Long> cpuVoor = Geheugen.cpuTicks();
        long voltooid = switch (scenario) {
            case "intake" -> intake(klant, clients, Integer.parseInt(opties.getOrDefault("aantal", "200")));
            case "stroom" -> stroom(klant, zichtbaarheid, clients, Double.parseDouble(opties.getOrDefault("tempo", "50")),
                    inloop + Integer.parseInt(opties.getOrDefault("duur", "30")));
            case "keten" -> keten(klant, meting, clients, Double.parseDouble(opties.getOrDefault("tempo", "10")),
                    inloop + Integer.parseInt(opties.getOrDefault("duur", "30")),
                    Integer.parseInt(opties.getOrDefault("onderzoek", "0")));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario + " (intake or keten)");
        };
        Duration verstreken = Duration.between(begin, Instant.now());
        // before the visibility read: the CPU the run itself cost
        double cpu = Geheugen.cpuSeconden(cpuVoor, Geheugen.cpuTicks());
        if ("stroom".equals(scenario)) {
            zichtbaarheid.meet(opties.getOrDefault("tijdlijn", "jdbc:postgresql://" + host + ":5432/monitoring"), meting,
                    Duration.ofSeconds(60));
        }
        geheugen.shutdownNow();
        werkers.shutdownNow();

        Rapport.druk(scenario, opties, meting, voltooid, verstreken, maatstaf, geheugenMax.get(), cpu);
        System.exit(meting.aantalFouten() == 0 ? 0 : 1);
    }

    /** Closed loop: every client posts melding after melding until {@code aantal} are in. */
    private static long intake(KetenKlant klant, int clients, int aantal) throws InterruptedException {
        AtomicLong over = new AtomicLong(aantal);
        AtomicLong gelukt = new AtomicLong();
        List<Thread> draden = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread draad = new Thread(() -> {
                while (over.getAndDecrement() > 0) {
                    try {
                        klant.meld();
                        gelukt.incrementAndGet();
                    } catch (KetenKlant.StapMislukt mislukt) {
                        // recorded in the meting
                    }
                }
            }, "client-" + i);
            draden.add(draad);
        }
        draden.forEach(Thread::start);
        for (Thread draad : draden) {
            draad.join();
        }
        return gelukt.get();
    }

    /**
     * Open loop intakes at {@code tempo} per second, nothing polled: visibility on the timeline is read afterwards from
     * the timeline's own receipt times ({@link Zichtbaarheid}).
     */
    private static long stroom(KetenKlant klant, Zichtbaarheid zichtbaarheid, int clients, double tempo, int duur)
            throws InterruptedException {
        return openLus(clients, tempo, duur, gepland -> {
            Instant verstuurd = Instant.now();
            zichtbaarheid.verstuurd(klant.meld().gezinId(), verstuurd);
        });
    }

    /**
     * A whole chain per start: melding, triage, besluit, zaak, acceptatie, timeline. With {@code onderzoek} N > 0 every
     * Nth chain goes through an onderzoek first (besluit ONDERZOEK, start, afronding, overdrachtsgesprek).
     */
    private static long keten(KetenKlant klant, Meting meting, int clients, double tempo, int duur, int onderzoek)
            throws InterruptedException {
        AtomicLong teller = new AtomicLong();
        return openLus(clients, tempo, duur, gepland -> {
            var melding = klant.meld();
            klant.wachtOpTijdlijn("intake→tijdlijn", melding.gezinId(), "MeldingOntvangen");
            klant.wachtOpTriage("triage zichtbaar", melding.meldingId());
            if (onderzoek > 0 && teller.incrementAndGet() % onderzoek == 0) {
                String onderzoekId = klant.besluitTotOnderzoek(melding.meldingId());
                klant.wachtOpOnderzoek("onderzoek zichtbaar", onderzoekId);
                klant.onderzoek(onderzoekId);
            } else {
                klant.besluit(melding.meldingId());
            }
            String zaakId = klant.wachtOpZaak("zaak zichtbaar", melding.gezinId());
            klant.accepteer(zaakId);
            klant.wachtOpTijdlijn("acceptatie→tijdlijn", melding.gezinId(), "OverdrachtGeaccepteerd");
            meting.duur("keten (gepland→tijdlijn)", System.nanoTime() - gepland);
        });
    }

    /** One unit of work, given the moment (System.nanoTime) it was planned to start. */
    private interface Start {
        void voerUit(long gepland);
    }

    /**
     * Open loop: a start every 1/tempo seconds whatever the earlier ones do (as gezinnen arrive), each run by one of
     * {@code clients} workers; a start that finds no free worker waits, and that wait counts in its latency.
     *
     * @return the starts that completed; a failed step is recorded in the meting by {@link KetenKlant}
     */
    private static long openLus(int clients, double tempo, int duur, Start start) throws InterruptedException {
        ExecutorService werkers = Executors.newFixedThreadPool(clients);
        AtomicLong gelukt = new AtomicLong();
        long interval = (long) (1_000_000_000 / tempo);
        long begin = System.nanoTime();
        long aantal = (long) (tempo * duur);
        for (long i = 0; i < aantal; i++) {
            long gepland = begin + i * interval;
            long wacht = gepland - System.nanoTime();
            if (wacht > 0) {
                TimeUnit.NANOSECONDS.sleep(wacht);
            }
            werkers.execute(() -> {
                try {
                    start.voerUit(gepland);
                    gelukt.incrementAndGet();
                } catch (KetenKlant.StapMislukt mislukt) {
                    // recorded in the meting
                }
            });
        }
        werkers.shutdown();
        werkers.awaitTermination(10, TimeUnit.MINUTES);
        return gelukt.get();
    }

    private static Map<String, String> opties(String[] args) {
        Map<String, String> opties = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            opties.put(args[i].substring(2), args[i + 1]);
        }
        return opties;
    }
}
