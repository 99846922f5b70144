package nl.veiligthuis.keten.platform.projectie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds one processing group's projection from the event store while the service runs, and verifies it (R19,
 * issue 5 point 3): shut the group's processor down, take the per-gezin digests (nothing writes the tables now),
 * note the token and the event store's head, {@code resetTokens()} (the @ResetHandlers empty the tables), start it
 * again; once the processor has passed the noted head, take the digests again and compare them.
 *
 * <p>The "before" digests live in memory: a herbouw interrupted by a restart is marked MISLUKT at startup. The
 * processor itself starts as always and finishes the replay from its token; only the comparison is lost.
 */
public class ProjectieHerbouw implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectieHerbouw.class);
    private static final long POLL_MS = 200;

    private final Map<String, ProjectieDigest> digests;
    /** Earlier names of groups, still accepted in the REST path. */
    private final Map<String, String> voorheen;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final JdbcClient jdbc;
    private final Clock klok;
    private final EventStorageEngine opslag;
    private final Optional<Leesmodel> leesmodel;
    private final Map<String, Lopend> lopend = new ConcurrentHashMap<>();
    private final AtomicBoolean gesloten = new AtomicBoolean();
    private final ExecutorService afspelen = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projectie-afspelen");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService bewaker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projectie-herbouw");
        thread.setDaemon(true);
        return thread;
    });

    private record Lopend(String herbouwId, ProjectieDigest digest, StreamingEventProcessor processor,
                          Map<String, String> voor, long positieVoor, Set<Long> gaten,
                          Map<Segment, TrackingToken> gezien, long kop,
                          Map<Integer, EventTrackerStatus> oud, int segmenten, Afspeler afspeler,
                          AtomicBoolean afgespeeld) {

        boolean speeltAf() {
            return afspeler != null && !afgespeeld.get();
        }
    }

    public ProjectieHerbouw(Collection<ProjectieDigest> digests, EventProcessingConfiguration processing,
                            TokenStore tokenStore, TransactionManager transactionManager, JdbcClient jdbc,
                            Clock klok, EventStorageEngine opslag, Optional<Leesmodel> leesmodel) {
        Map<String, List<ProjectieDigest>> delen = new HashMap<>();
        digests.forEach(deel -> delen.computeIfAbsent(deel.processingGroup(), groep -> new ArrayList<>()).add(deel));
        Map<String, ProjectieDigest> perGroep = new HashMap<>();
        Map<String, String> namen = new HashMap<>();
        delen.forEach((groep, deel) -> {
            ProjectieDigest digest = ProjectieDigest.samen(deel);
            perGroep.put(groep, digest);
            digest.voorheen().forEach(naam -> namen.put(naam, groep));
        });
        namen.keySet().stream().filter(perGroep::containsKey).findAny().ifPresent(naam -> {
            throw new IllegalStateException("projectie " + naam + " is ook de eerdere naam van " + namen.get(naam));
        });
        this.digests = Map.copyOf(perGroep);
        this.voorheen = Map.copyOf(namen);
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.klok = klok;
        this.opslag = opslag;
        this.leesmodel = leesmodel;
        bewaker.scheduleWithFixedDelay(this::bewaak, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** The group's current name, also when asked by an earlier one. */
    private String groep(String naam) {
        return voorheen.getOrDefault(naam, naam);
    }

    /** The processing groups that declared a digest, sorted. */
    public Set<String> herbouwbaar() {
        return new TreeSet<>(digests.keySet());
    }

    /**
     * Starts a herbouw; answers once the processor runs again (the "before" digests are taken by then).
     *
     * @throws NietGevonden          when the group declared no digest or has no resettable streaming processor
     * @throws ProjectieHerbouwLoopt when a herbouw of the group runs
     */
    public ProjectieHerbouwstand start(String naam) {
        String projectie = groep(naam);
        ProjectieDigest digest = digests.get(projectie);
        StreamingEventProcessor processor = digest == null ? null
                : processing.eventProcessor(projectie, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::supportsReset).orElse(null);
        if (processor == null) {
            throw new NietGevonden("Projectie " + projectie + " bestaat niet of kan niet herbouwd worden; herbouwbaar: "
                    + String.join(", ", herbouwbaar()) + ".");
        }
        String herbouwId = UUID.randomUUID().toString();
        try {
            jdbc.sql("INSERT INTO projectie_herbouw (herbouw_id, projectie, status, gestart_op) VALUES (?, ?, 'LOOPT', ?)")
                    .params(herbouwId, projectie, Timestamp.from(klok.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProjectieHerbouwLoopt(projectie, lopende(projectie).orElse(null));
        }
        Lopend herbouw = null;
        try {
            processor.shutDown();
            // a status object still there from before the reset must not count as progress
            Map<Integer, EventTrackerStatus> oud = Map.copyOf(processor.processingStatus());
            Map<String, String> voor = digest.digests(jdbc);
            TreeSet<Long> gaten = new TreeSet<>();
            Map<Segment, TrackingToken> gezien = new HashMap<>();
            long positieVoor = positie(projectie, gaten, gezien);
            long kop = jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry")
                    .query(Long.class).single();
            // claims every segment for this instance and keeps them: nobody else replays meanwhile
            processor.resetTokens();
            int[] segmentnummers = transactionManager.fetchInTransaction(() -> tokenStore.fetchSegments(projectie));
            Afspeler afspeler = processor instanceof AbstractEventProcessor eigen
                    ? new Afspeler(projectie, eigen.eventHandlerInvoker(), segmentnummers, tokenStore,
                    transactionManager, opslag, leesmodel, digest.schrijftViaLeesmodel()) : null;
            herbouw = new Lopend(herbouwId, digest, processor, voor, positieVoor, gaten, gezien, kop, oud,
                    segmentnummers.length, afspeler, new AtomicBoolean());
            jdbc.sql("UPDATE projectie_herbouw SET positie_voor = ?, te_lezen = ?, gezinnen_voor = ? WHERE herbouw_id = ?")
                    .params(positieVoor, kop, voor.size(), herbouwId)
                    .update();
        } catch (UnableToClaimTokenException e) {
            mislukt(herbouwId, "een andere instantie verwerkt deze projectie: " + e.getMessage());
            throw new ProjectieElders(projectie, e);
        } catch (RuntimeException e) {
            mislukt(herbouwId, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        } finally {
            if (!processor.isRunning() && (herbouw == null || herbouw.afspeler() == null)) {
                processor.start();
            }
        }
        if (herbouw.afspeler() != null) {
            Lopend afTeSpelen = herbouw;
            afspelen.execute(() -> speelAf(afTeSpelen));
        }
        lopend.put(herbouwId, herbouw);
        LOG.info("Herbouw {} van projectie {} gestart: {} gezinnen, tot global index {}", herbouwId, projectie,
                herbouw.voor().size(), herbouw.kop());
        return van(projectie, herbouwId).orElseThrow();
    }

    public Optional<ProjectieHerbouwstand> van(String naam, String herbouwId) {
        return jdbc.sql("SELECT * FROM projectie_herbouw WHERE herbouw_id = ? AND projectie = ?")
                .params(herbouwId, groep(naam))
                .query((rs, row) -> stand(rs))
                .optional();
    }

    /** What was LOOPT when the service stopped can never be compared: its "before" digests were in memory. */
    public void naHerstart() {
        int onderbroken = jdbc.sql("""
                        UPDATE projectie_herbouw SET status = 'MISLUKT', klaar_op = ?,
                            reden = 'onderbroken door herstart; de projectie herbouwt zich verder, maar zonder vergelijking'
                        WHERE status = 'LOOPT'""")
                .param(Timestamp.from(klok.instant()))
                .update();
        if (onderbroken > 0) {
            LOG.warn("{} herbouw(en) onderbroken door herstart gemarkeerd als MISLUKT", onderbroken);
        }
    }

    @Override
    public void close() {
        gesloten.set(true);
        bewaker.shutdownNow();
        afspelen.shutdown();
    }

    /**
     * Replays the group straight from the store, then starts its processor from where the replay ended. Should the
     * replay fail, the tokens are reset once more and the processor replays the slow way: the herbouw still ends.
     */
    private void speelAf(Lopend herbouw) {
        String projectie = herbouw.digest().processingGroup();
        StreamingEventProcessor processor = herbouw.processor();
        try {
            if (!herbouw.afspeler().speelAf(gesloten::get)) {
                return;
            }
            LOG.info("Herbouw {} van projectie {}: afgespeeld tot global index {}", herbouw.herbouwId(), projectie,
                    herbouw.afspeler().gelezen());
        } catch (RuntimeException e) {
            if (gesloten.get()) {
                // stopping: the committed batches and their tokens stay, the processor goes on from there next time
                LOG.info("Herbouw {} van projectie {}: afspelen gestopt", herbouw.herbouwId(), projectie);
                return;
            }
            LOG.warn("Herbouw {} van projectie {}: afspelen faalde ({}); de processor speelt het opnieuw af",
                    herbouw.herbouwId(), projectie, e.getClass().getSimpleName(), e);
            processor.resetTokens();
        } finally {
            if (!gesloten.get()) {
                laatClaimsLos(projectie);
                herbouw.afgespeeld().set(true);
                processor.start();
            }
        }
    }

    private void laatClaimsLos(String projectie) {
        try {
            transactionManager.executeInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(projectie)) {
                    tokenStore.releaseClaim(projectie, segment);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Claims van projectie {} niet losgelaten: {}", projectie, e.getMessage());
        }
    }

    /**
     * The lowest position over the group's segments (-1 when it has none yet); collects their gaps and each segment's
     * token (what it had seen).
     */
    private long positie(String projectie, Set<Long> gaten, Map<Segment, TrackingToken> gezien) {
        return transactionManager.fetchInTransaction(() -> {
            long laagste = Long.MAX_VALUE;
            int[] segmenten = tokenStore.fetchSegments(projectie);
            for (int segment : segmenten) {
                TrackingToken token = tokenStore.fetchToken(projectie, segment);
                // a processor in a replay holds a ReplayToken; the events it has seen are those of its current token
                TrackingToken huidig = WrappedToken.unwrapLowerBound(token);
                gezien.put(Segment.computeSegment(segment, segmenten), huidig);
                OptionalLong positie = huidig == null ? OptionalLong.empty() : huidig.position();
                laagste = Math.min(laagste, positie.orElse(-1));
                if (huidig instanceof GapAwareTrackingToken gapAware) {
                    gaten.addAll(gapAware.getGaps());
                }
            }
            return segmenten.length == 0 ? -1 : laagste;
        });
    }

    private void bewaak() {
        for (Lopend herbouw : List.copyOf(lopend.values())) {
            try {
                bewaak(herbouw);
            } catch (RuntimeException e) {
                lopend.remove(herbouw.herbouwId());
                mislukt(herbouw.herbouwId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private void bewaak(Lopend herbouw) {
        if (herbouw.speeltAf()) {
            long afgespeeld = herbouw.afspeler().gelezen();
            jdbc.sql("UPDATE projectie_herbouw SET gelezen = ? WHERE herbouw_id = ? AND gelezen IS DISTINCT FROM ?")
                    .params(afgespeeld, herbouw.herbouwId(), afgespeeld)
                    .update();
            return;
        }
        OptionalLong gelezen = gelezen(herbouw.processor(), herbouw.oud(), herbouw.segmenten());
        if (gelezen.isPresent()) {
            jdbc.sql("UPDATE projectie_herbouw SET gelezen = ? WHERE herbouw_id = ? AND gelezen IS DISTINCT FROM ?")
                    .params(gelezen.getAsLong(), herbouw.herbouwId(), gelezen.getAsLong())
                    .update();
        }
        boolean voorbijKop = herbouw.kop() < 0 || (gelezen.isPresent() && gelezen.getAsLong() >= herbouw.kop());
        if (!voorbijKop) {
            return;
        }
        ProjectieDigest digest = herbouw.digest();
        Map<String, String> na = digest.digests(jdbc);
        Set<String> bijgewerkt = digest.kentBijgewerkt()
                ? digest.gezinnenVan(jdbc, aggregatenNa(herbouw)) : null;
        Herbouwvergelijking vergelijking = Herbouwvergelijking.van(herbouw.voor(), na, bijgewerkt);
        jdbc.sql("""
                        UPDATE projectie_herbouw SET status = 'KLAAR', klaar_op = ?, gezinnen_na = ?, gelijk = ?,
                            aantal_gelijk = ?, aantal_afwijkend = ?, afwijkend = ?, aantal_bijgewerkt = ?, bijgewerkt = ?,
                            toelichting = ?
                        WHERE herbouw_id = ? AND status = 'LOOPT'""")
                .params(Timestamp.from(klok.instant()), na.size(), vergelijking.gelijk(), vergelijking.gelijkeGezinnen(),
                        vergelijking.afwijkend(), String.join(",", vergelijking.afwijkendeGezinnen()),
                        vergelijking.bijgewerktTijdensHerbouw(), String.join(",", vergelijking.bijgewerkteGezinnen()),
                        vergelijking.toelichting(), herbouw.herbouwId())
                .update();
        lopend.remove(herbouw.herbouwId());
        LOG.info("Herbouw {} van projectie {} klaar: {} van {} gezinnen gelijk, {} afwijkend, {} bijgewerkt",
                herbouw.herbouwId(), digest.processingGroup(), vergelijking.gelijkeGezinnen(), vergelijking.gezinnen(),
                vergelijking.afwijkend(), vergelijking.bijgewerktTijdensHerbouw());
    }

    /**
     * The lowest current position over the processor's segments; empty until this instance has claimed every segment
     * again and each has a position (the coordinator claims them one by one after the restart).
     */
    private static OptionalLong gelezen(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> oud,
                                        int segmenten) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty() || status.size() < segmenten) {
            return OptionalLong.empty();
        }
        long laagste = Long.MAX_VALUE;
        for (Map.Entry<Integer, EventTrackerStatus> segment : status.entrySet()) {
            OptionalLong positie = segment.getValue().getCurrentPosition();
            if (positie.isEmpty() || segment.getValue() == oud.get(segment.getKey())) {
                return OptionalLong.empty();
            }
            laagste = Math.min(laagste, positie.getAsLong());
        }
        return OptionalLong.of(laagste);
    }

    /**
     * Aggregates with events the "before" state had not seen. A segment stores its token lazily for events of other
     * segments, so the lowest position is only a lower bound: each later event (and each event in a gap) counts as
     * seen when the token of the segment that handles it covers it.
     */
    private List<String> aggregatenNa(Lopend herbouw) {
        SequencingPolicy<? super EventMessage<?>> volgorde = processing.sequencingPolicy(herbouw.digest().processingGroup());
        TrackingToken vanaf = herbouw.positieVoor() < 0 ? null
                : GapAwareTrackingToken.newInstance(herbouw.positieVoor(), herbouw.gaten());
        Set<String> aggregaten = new TreeSet<>();
        try (Stream<? extends TrackedEventMessage<?>> events = opslag.readEvents(vanaf, false)) {
            events.forEach(event -> {
                Object sleutel = volgorde.getSequenceIdentifierFor(event);
                int hash = Objects.hashCode(sleutel == null ? event.getIdentifier() : sleutel);
                TrackingToken gezien = herbouw.gezien().entrySet().stream()
                        .filter(segment -> segment.getKey().matches(hash))
                        .map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(null);
                if ((gezien == null || !gezien.covers(event.trackingToken()))
                        && event instanceof DomainEventMessage<?> domein) {
                    aggregaten.add(domein.getAggregateIdentifier());
                }
            });
        }
        return List.copyOf(aggregaten);
    }

    private Optional<String> lopende(String projectie) {
        return jdbc.sql("SELECT herbouw_id FROM projectie_herbouw WHERE projectie = ? AND status = 'LOOPT'")
                .param(projectie).query(String.class).optional();
    }

    private void mislukt(String herbouwId, String reden) {
        LOG.warn("Herbouw {} mislukt: {}", herbouwId, reden);
        jdbc.sql("UPDATE projectie_herbouw SET status = 'MISLUKT', klaar_op = ?, reden = ? WHERE herbouw_id = ?")
                .params(Timestamp.from(klok.instant()), reden == null || reden.length() <= 500 ? reden
                        : reden.substring(0, 500), herbouwId)
                .update();
    }

    private ProjectieHerbouwstand stand(ResultSet rs) throws SQLException {
        String herbouwId = rs.getString("herbouw_id");
        Herbouwstatus status = Herbouwstatus.valueOf(rs.getString("status"));
        Lopend herbouw = status == Herbouwstatus.LOOPT ? lopend.get(herbouwId) : null;
        Boolean replaying = herbouw == null ? null : herbouw.speeltAf() || herbouw.processor().isReplaying();
        Herbouwvergelijking vergelijking = status != Herbouwstatus.KLAAR ? null : new Herbouwvergelijking(
                rs.getBoolean("gelijk"), rs.getLong("aantal_gelijk") + rs.getLong("aantal_afwijkend")
                + rs.getLong("aantal_bijgewerkt"), rs.getLong("aantal_gelijk"), rs.getLong("aantal_afwijkend"),
                lijst(rs.getString("afwijkend")), rs.getLong("aantal_bijgewerkt"), lijst(rs.getString("bijgewerkt")),
                rs.getString("toelichting"));
        return new ProjectieHerbouwstand(herbouwId, rs.getString("projectie"), status, moment(rs, "gestart_op"),
                moment(rs, "klaar_op"), rs.getObject("gelezen", Long.class), rs.getObject("te_lezen", Long.class),
                replaying, rs.getObject("gezinnen_voor", Long.class), rs.getObject("gezinnen_na", Long.class),
                vergelijking, rs.getString("reden"));
    }

    private static List<String> lijst(String gezinnen) {
        return gezinnen == null || gezinnen.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(gezinnen.split(",")));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime moment = rs.getObject(kolom, OffsetDateTime.class);
        return moment == null ? null : moment.toInstant();
    }
}
