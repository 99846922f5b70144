package nl.veiligthuis.keten.platform.projectie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * What a feature declares, as a bean, for the processing group its projection belongs to, so that the group may be
 * rebuilt from the event store ({@link ProjectieHerbouw}): the tables the feature's projection writes, how a row
 * finds its gezin, and which columns legitimately change on a replay. When several features' projections share one
 * group (they write the same rows, so they must see a zaak's events in one order), each declares its own tables and
 * the herbouw joins the parts ({@link #samen}). Only groups without side effects may be declared: a replay calls
 * every handler again, so a group that publishes or sends commands would do that twice.
 *
 * <p>The digest of a gezin is the SHA-256 of, per table in declaration order, the table's name and the SHA-256 of
 * that gezin's rows, each row as {@code to_jsonb(row)} text without the excluded columns, sorted bytewise. It does
 * not depend on insertion order or physical layout, only on content. Rows whose gezin cannot be found count under
 * {@link #ZONDER_GEZIN}.
 */
public final class ProjectieDigest {

    /** The key under which rows count whose gezin expression yields null. */
    public static final String ZONDER_GEZIN = "(zonder gezin)";

    private static final Pattern NAAM = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern GROEP = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String processingGroup;
    private final List<Tabel> tabellen;
    private final String bijgewerktVia;
    private final Set<String> voorheen;
    private final boolean viaLeesmodel;

    /** One table of the group; {@code gezin} is an SQL expression over the row alias {@code t}. */
    public record Tabel(String naam, String gezin, Set<String> zonder) {

        public Tabel {
            controleer(naam);
            if (gezin == null || gezin.isBlank()) {
                throw new IllegalArgumentException("tabel " + naam + " heeft geen gezin-expressie");
            }
            zonder.forEach(ProjectieDigest::controleer);
            zonder = Set.copyOf(zonder);
        }

        String sql() {
            String rij = zonder.isEmpty() ? "to_jsonb(t)"
                    : "(to_jsonb(t) - '{" + String.join(",", zonder.stream().sorted().toList()) + "}'::text[])";
            return """
                    SELECT q.gezin_id, encode(sha256(convert_to(string_agg(q.rij, E'\\n' ORDER BY q.rij COLLATE "C"),
                        'UTF8')), 'hex') AS digest
                    FROM (SELECT coalesce((%s)::text, '%s') AS gezin_id, %s::text AS rij FROM %s t) q
                    GROUP BY q.gezin_id""".formatted(gezin, ZONDER_GEZIN, rij, naam);
        }
    }

    private ProjectieDigest(String processingGroup, List<Tabel> tabellen, String bijgewerktVia,
                            Set<String> voorheen, boolean viaLeesmodel) {
        this.processingGroup = processingGroup;
        this.tabellen = List.copyOf(tabellen);
        this.bijgewerktVia = bijgewerktVia;
        this.voorheen = Set.copyOf(voorheen);
        this.viaLeesmodel = viaLeesmodel;
    }

    /** Starts the declaration of a processing group, e.g. {@code zaakdossier}; add its tables. */
    public static ProjectieDigest voor(String processingGroup) {
        if (processingGroup == null || !GROEP.matcher(processingGroup).matches()) {
            throw new IllegalArgumentException("ongeldige processing group: " + processingGroup);
        }
        return new ProjectieDigest(processingGroup, List.of(), null, Set.of(), false);
    }

    /**
     * Joins the parts that features declared for one group into the group's digest: their tables sorted by name (so
     * the digest does not depend on the order in which beans are found), the one {@link #bijgewerktVia} and every
     * earlier name. A table declared by two features, or two declarations of {@code bijgewerktVia}, is a mistake
     * the service must not start with.
     */
    public static ProjectieDigest samen(Collection<ProjectieDigest> delen) {
        Set<String> groepen = new TreeSet<>();
        delen.forEach(deel -> groepen.add(deel.processingGroup));
        if (groepen.size() != 1) {
            throw new IllegalArgumentException("delen van meer dan een projectie of van geen: " + groepen);
        }
        Map<String, Tabel> tabellen = new TreeMap<>();
        List<String> bijgewerkt = new ArrayList<>();
        Set<String> voorheen = new TreeSet<>();
        for (ProjectieDigest deel : delen) {
            for (Tabel tabel : deel.tabellen) {
                if (tabellen.put(tabel.naam(), tabel) != null) {
                    throw new IllegalStateException("tabel " + tabel.naam() + " van projectie " + deel.processingGroup
                            + " is twee keer gedeclareerd");
                }
            }
            if (deel.bijgewerktVia != null) {
                bijgewerkt.add(deel.bijgewerktVia);
            }
            voorheen.addAll(deel.voorheen);
        }
        if (bijgewerkt.size() > 1) {
            throw new IllegalStateException("projectie " + groepen.iterator().next()
                    + " declareert bijgewerktVia meer dan eens");
        }
        return new ProjectieDigest(groepen.iterator().next(), List.copyOf(tabellen.values()),
                bijgewerkt.isEmpty() ? null : bijgewerkt.get(0), voorheen,
                delen.stream().anyMatch(deel -> deel.viaLeesmodel));
    }

    /**
     * A table the group writes. {@code gezin} is an SQL expression over the row alias {@code t} yielding the gezin_id,
     * e.g. {@code t.gezin_id} or {@code (SELECT o.gezin_id FROM zaak_overzicht o WHERE o.zaak_id = t.zaak_id)};
     * {@code zonder} names columns left out because a replay legitimately gives them another value (a sequence, a
     * receipt time by the clock), each with its reason at the declaration.
     */
    public ProjectieDigest tabel(String naam, String gezin, String... zonder) {
        List<Tabel> meer = new ArrayList<>(tabellen);
        if (meer.stream().anyMatch(tabel -> tabel.naam().equals(naam))) {
            throw new IllegalArgumentException("tabel " + naam + " staat er al in");
        }
        meer.add(new Tabel(naam, gezin, new LinkedHashSet<>(List.of(zonder))));
        return new ProjectieDigest(processingGroup, meer, bijgewerktVia, voorheen, viaLeesmodel);
    }

    /**
     * How aggregate ids map to gezinnen: SQL yielding one column of gezin_ids for the array parameter
     * {@code :aggregaten}, e.g. {@code SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = ANY(:aggregaten)}. With it a
     * herbouw reports gezinnen that received events while it ran apart from real deviations; without it, it cannot.
     */
    public ProjectieDigest bijgewerktVia(String sql) {
        if (sql == null || !sql.contains(":aggregaten")) {
            throw new IllegalArgumentException("de SQL moet :aggregaten gebruiken");
        }
        return new ProjectieDigest(processingGroup, tabellen, sql, voorheen, viaLeesmodel);
    }

    /**
     * Names the group had before, still accepted in {@code /api/v1/beheer/projecties/{naam}/herbouw} (a v1 path
     * changes only additively); the service's migration renames the group's tokens.
     */
    public ProjectieDigest voorheen(String... namen) {
        Set<String> meer = new TreeSet<>(voorheen);
        for (String naam : namen) {
            if (naam == null || !GROEP.matcher(naam).matches() || naam.equals(processingGroup)) {
                throw new IllegalArgumentException("ongeldige eerdere naam: " + naam);
            }
            meer.add(naam);
        }
        return new ProjectieDigest(processingGroup, tabellen, bijgewerktVia, meer, viaLeesmodel);
    }

    /**
     * Declares that every handler of the group writes through the {@code Leesmodel} and no other way: a herbouw may
     * then write a batch's rows on a thread of its own while the handlers compute the next batch.
     */
    public ProjectieDigest viaLeesmodel() {
        return new ProjectieDigest(processingGroup, tabellen, bijgewerktVia, voorheen, true);
    }

    public boolean schrijftViaLeesmodel() {
        return viaLeesmodel;
    }

    public String processingGroup() {
        return processingGroup;
    }

    public List<Tabel> tabellen() {
        return tabellen;
    }

    public Set<String> voorheen() {
        return voorheen;
    }

    public boolean kentBijgewerkt() {
        return bijgewerktVia != null;
    }

    /** Per gezin_id the content digest of all the group's tables, as they are now. */
    public Map<String, String> digests(JdbcClient jdbc) {
        if (tabellen.isEmpty()) {
            throw new IllegalStateException("projectie " + processingGroup + " heeft geen tabellen");
        }
        Map<String, StringBuilder> perGezin = new TreeMap<>();
        for (Tabel tabel : tabellen) {
            jdbc.sql(tabel.sql()).query((RowCallbackHandler) rs -> {
                perGezin.computeIfAbsent(rs.getString("gezin_id"), gezin -> new StringBuilder())
                        .append(tabel.naam()).append('=').append(rs.getString("digest")).append('\n');
            });
        }
        Map<String, String> digests = new HashMap<>(perGezin.size() * 2);
        perGezin.forEach((gezin, tekst) -> digests.put(gezin, sha256(processingGroup + "\n" + tekst)));
        return digests;
    }

    /** The gezinnen of these aggregates by {@link #bijgewerktVia}; empty when not declared. */
    public Set<String> gezinnenVan(JdbcClient jdbc, Collection<String> aggregaten) {
        if (bijgewerktVia == null || aggregaten.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql(bijgewerktVia)
                .param("aggregaten", new SqlArrayValue("varchar", aggregaten.toArray()))
                .query(String.class).list());
    }

    private static void controleer(String naam) {
        if (naam == null || !NAAM.matcher(naam).matches()) {
            throw new IllegalArgumentException("ongeldige tabel- of kolomnaam: " + naam);
        }
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
