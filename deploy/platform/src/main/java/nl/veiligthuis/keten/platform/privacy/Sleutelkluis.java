package nl.veiligthuis.keten.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service's keys, one per {@link Sleutelhouder} (a gezin), each stored wrapped with the service's master key
 * ({@code keten.privacy.hoofdsleutel}). Destroying a key erases every value it encrypted (R21): the row keeps only
 * that and when it was destroyed. New data for a holder whose key was destroyed gets a new key version; what the old
 * one encrypted stays unreadable.
 *
 * <p>A value is stored as {@code pg:v1:<holder>:<version>:<base64url(iv | AES-GCM ciphertext)>}; the holder and
 * version are the GCM's additional data, so a value cannot be moved to another holder.
 */
public class Sleutelkluis {

    private static final Logger LOG = LoggerFactory.getLogger(Sleutelkluis.class);

    static final String PREFIX = "pg:v1:";
    private static final String ALGORITME = "AES";
    private static final String TRANSFORMATIE = "AES/GCM/NoPadding";
    private static final int IV_LENGTE = 12;
    private static final int TAG_BITS = 128;
    private static final String HMAC = "HmacSHA256";
    private static final byte[] IV_AFLEIDING = "leesmodel-iv".getBytes(StandardCharsets.UTF_8);
    /** How long another instance may still use a key this one destroyed: the cache's life. */
    static final Duration CACHE_DUUR = Duration.ofSeconds(30);
    private static final Duration GEBRUIK_BIJWERKEN = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final SecretKey hoofdsleutel;
    /** Master keys replaced by {@link #hoofdsleutel}: read until {@link #verpakOpnieuw} re-wrapped every key. */
    private final List<SecretKey> vorigeHoofdsleutels;
    private final Clock klok;
    private final SecureRandom toeval = new SecureRandom();
    private final Map<String, Gecachet> sleutels = new ConcurrentHashMap<>();
    private final Map<String, Huidige> huidige = new ConcurrentHashMap<>();
    /** Raised by every erasure of a holder: a key read before it may not enter a cache after it. */
    private final Map<String, Long> generaties = new ConcurrentHashMap<>();
    /** The key under which a transaction keeps the newest keys it locked ({@link #nieuwsteSleutel}). */
    private final Object nieuwsteSleutels = new Object();

    private record Gecachet(Optional<SecretKey> sleutel, Instant tot) {
    }

    private record Huidige(int versie, SecretKey sleutel, Instant gebruikt, Instant tot) {
    }

    public Sleutelkluis(JdbcTemplate jdbc, String hoofdsleutel, Clock klok) {
        this(jdbc, hoofdsleutel, List.of(), klok);
    }

    /** @param vorige the master keys this one replaces, newest first: keys still wrapped with one stay readable */
    public Sleutelkluis(JdbcTemplate jdbc, String hoofdsleutel, List<String> vorige, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
        this.hoofdsleutel = afgeleid(hoofdsleutel);
        this.vorigeHoofdsleutels = vorige.stream().map(Sleutelkluis::afgeleid).toList();
    }

    private static SecretKey afgeleid(String hoofdsleutel) {
        try {
            byte[] afgeleid = MessageDigest.getInstance("SHA-256")
                    .digest(("keten.privacy.hoofdsleutel|" + hoofdsleutel).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(afgeleid, ALGORITME);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Re-wraps with the current master key every key still wrapped with a previous one, so that the previous one can be
     * retired (master-key rotation). In pages, each row changed only when it is still the same (an erasure meanwhile
     * wins); a restart goes on where it stopped. Nothing to do without previous master keys.
     *
     * A key none of the master keys opens (wrapped with one older still) is left as it is and counted: the service
     * starts, the key stays unreadable until its master key is configured again.
     *
     * @return how many keys were re-wrapped
     */
    public int verpakOpnieuw() {
        if (vorigeHoofdsleutels.isEmpty()) {
            return 0;
        }
        int herverpakt = 0;
        String naHouder = "";
        int naVersie = 0;
        while (true) {
            List<Map<String, Object>> pagina = jdbc.queryForList("""
                    SELECT houder, versie, sleutel FROM sleutelkluis
                    WHERE sleutel IS NOT NULL AND (houder, versie) > (?, ?)
                    ORDER BY houder, versie LIMIT 500""", naHouder, naVersie);
            if (pagina.isEmpty()) {
                return herverpakt;
            }
            for (Map<String, Object> rij : pagina) {
                naHouder = (String) rij.get("houder");
                naVersie = ((Number) rij.get("versie")).intValue();
                byte[] verpakt = (byte[]) rij.get("sleutel");
                byte[] aad = aad(naHouder, naVersie);
                if (probeer(hoofdsleutel, aad, verpakt).isPresent()) {
                    continue;
                }
                byte[] sleutel;
                try {
                    sleutel = pakUit(naHouder, naVersie, verpakt);
                } catch (IllegalStateException onbekend) {
                    LOG.error("Key {} of a holder is wrapped with no master key this service knows: left as it is",
                            naVersie);
                    continue;
                }
                herverpakt += jdbc.update(
                        "UPDATE sleutelkluis SET sleutel = ? WHERE houder = ? AND versie = ? AND sleutel = ?",
                        verpak(naHouder, naVersie, sleutel), naHouder, naVersie, verpakt);
            }
        }
    }

    /** The value encrypted with the holder's current key, created with its first value. */
    public String versleutel(String houder, byte[] waarde) {
        Huidige sleutel = huidigeSleutel(houder);
        byte[] samen = sluit(sleutel.sleutel(), aad(houder, sleutel.versie()), waarde);
        return PREFIX + houder + ":" + sleutel.versie() + ":" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(samen);
    }

    /**
     * For read models: the same value of the same holder always gives the same text, so a rebuilt read model compares
     * equal to the live one (R19) and an unchanged row is not rewritten. That reveals only which values of one gezin
     * are equal. The IV is an HMAC of the value under a key derived from the holder's key (a synthetic IV), so it
     * repeats only with the value itself. Uses the holder's newest key without counting it as use: the retention
     * period runs from the events stored, not from a read model being rebuilt. It never makes a key: the event a value
     * comes from was stored with one, so a holder without a live key was erased (meanwhile) and nothing may be stored
     * readably.
     *
     * @return the ciphertext, or empty when the holder has no live key
     */
    public Optional<String> versleutelVast(String houder, byte[] waarde) {
        Optional<Huidige> levend = nieuwsteSleutel(houder);
        if (levend.isEmpty()) {
            return Optional.empty();
        }
        Huidige sleutel = levend.get();
        byte[] aad = aad(houder, sleutel.versie());
        byte[] iv = Arrays.copyOf(hmac(hmac(sleutel.sleutel().getEncoded(), IV_AFLEIDING), aad, waarde), IV_LENGTE);
        byte[] versleuteld = gcm(Cipher.ENCRYPT_MODE, sleutel.sleutel(), iv, aad, waarde);
        byte[] samen = new byte[IV_LENGTE + versleuteld.length];
        System.arraycopy(iv, 0, samen, 0, IV_LENGTE);
        System.arraycopy(versleuteld, 0, samen, IV_LENGTE, versleuteld.length);
        return Optional.of(PREFIX + houder + ":" + sleutel.versie() + ":" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(samen));
    }

    /**
     * The plaintext, or empty when its key was destroyed. A value that does not decrypt otherwise (no such key, an
     * altered value, another master key) is not an erasure and fails loudly.
     */
    public Optional<byte[]> ontsleutel(String opgeslagen) {
        int versieBegin = opgeslagen.lastIndexOf(':', opgeslagen.lastIndexOf(':') - 1);
        int waardeBegin = opgeslagen.lastIndexOf(':');
        if (!opgeslagen.startsWith(PREFIX) || versieBegin < PREFIX.length()) {
            throw new IllegalStateException("Not a value of this key store");
        }
        String houder = opgeslagen.substring(PREFIX.length(), versieBegin);
        int versie = Integer.parseInt(opgeslagen.substring(versieBegin + 1, waardeBegin));
        byte[] samen = Base64.getUrlDecoder().decode(opgeslagen.substring(waardeBegin + 1));
        if (samen.length <= IV_LENGTE) {
            throw new IllegalStateException("A stored value of " + houder + " is too short to be one");
        }
        Optional<SecretKey> sleutel = sleutel(houder, versie);
        if (sleutel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(sleutel.get(), aad(houder, versie), samen));
    }

    /**
     * Destroys every key of this holder: all its values are then unreadable in this service's database.
     *
     * @return how many keys were destroyed now (0 when there were none, or they already were)
     */
    public int vernietig(String houder, String grond) {
        vergrendel(houder);
        OffsetDateTime nu = nu();
        int aantal = jdbc.update("""
                UPDATE sleutelkluis SET sleutel = NULL, vernietigd_op = ?, grond = ?
                WHERE houder = ? AND vernietigd_op IS NULL""", nu, grond, houder);
        // a holder this service had no key of: a destroyed version 0, so that the erasure is known here
        jdbc.update("""
                INSERT INTO sleutelkluis (houder, versie, sleutel, aangemaakt_op, laatst_gebruikt_op, vernietigd_op, grond)
                SELECT ?, 0, NULL, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sleutelkluis WHERE houder = ?)
                ON CONFLICT DO NOTHING""", houder, nu, nu, nu, grond, houder);
        vergeet(houder);
        TransactieHaak.naCommit(() -> vergeet(houder));
        return aantal;
    }

    /**
     * Holds off an erasure of this holder until the transaction ends, for work that must see the holder's keys as
     * they are through to its commit: making its first key, the one-time rewrite.
     */
    void vergrendel(String houder) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", "sleutelkluis:" + houder);
    }

    /**
     * @return the newest version of the holder's keys destroyed at or after {@code moment}: data stored at that moment
     * was erased with it; empty when none was
     */
    Optional<Integer> vernietigdNa(String houder, Instant moment) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT max(versie) FROM sleutelkluis WHERE houder = ? AND vernietigd_op >= ?", Integer.class,
                houder, moment.atOffset(ZoneOffset.UTC)));
    }

    /**
     * A value in the form of one encrypted with this destroyed key version, which no key opens: reads as
     * {@code [gewist]}. For a plaintext value of data erased before it could be encrypted.
     */
    String onleesbaar(String houder, int versie) {
        byte[] willekeurig = new byte[IV_LENGTE + 32];
        toeval.nextBytes(willekeurig);
        return PREFIX + houder + ":" + versie + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
    }

    /** The holders whose data nothing was added to since {@code grens}: their retention period has passed. */
    public List<String> onaangeroerdSinds(Instant grens) {
        return jdbc.queryForList("""
                SELECT houder FROM sleutelkluis GROUP BY houder
                HAVING bool_or(vernietigd_op IS NULL) AND max(laatst_gebruikt_op) < ?""", String.class,
                grens.atOffset(ZoneOffset.UTC));
    }

    private void vergeet(String houder) {
        generaties.merge(houder, 1L, Long::sum);
        huidige.remove(houder);
        sleutels.keySet().removeIf(sleutel -> sleutel.startsWith(houder + ":"));
    }

    private Huidige huidigeSleutel(String houder) {
        Instant nu = klok.instant();
        Huidige gecachet = huidige.get(houder);
        // the row is locked for the rest of the transaction: an erasure waits for it, and a key destroyed meanwhile
        // (by another instance too) is seen here instead of being used from the cache
        if (gecachet != null && nu.isBefore(gecachet.tot()) && (alGecontroleerd(houder) || !jdbc.queryForList("""
                SELECT 1 FROM sleutelkluis WHERE houder = ? AND versie = ? AND vernietigd_op IS NULL FOR SHARE""",
                houder, gecachet.versie()).isEmpty())) {
            if (Duration.between(gecachet.gebruikt(), nu).compareTo(GEBRUIK_BIJWERKEN) > 0) {
                jdbc.update("UPDATE sleutelkluis SET laatst_gebruikt_op = ? WHERE houder = ? AND versie = ?",
                        nu.atOffset(ZoneOffset.UTC), houder, gecachet.versie());
                huidige.put(houder, new Huidige(gecachet.versie(), gecachet.sleutel(), nu, gecachet.tot()));
            }
            return gecachet;
        }
        long generatie = generatie(houder);
        Huidige sleutel = leesOfMaak(houder, nu);
        // a key made in a transaction that rolls back never existed: remember it only once it is committed, and not
        // when an erasure of the holder came in between
        TransactieHaak.naCommit(() -> {
            if (generatie(houder) == generatie) {
                huidige.put(houder, sleutel);
            }
        });
        return sleutel;
    }

    /**
     * The holder's newest key that is not destroyed; never made here, never counted as use. Looked up and locked
     * ({@code FOR SHARE}) once per transaction, never from a cache: an erasure waits for the transaction that writes
     * with the key, and a key destroyed before it is seen as gone.
     */
    private Optional<Huidige> nieuwsteSleutel(String houder) {
        Map<String, Huidige> dezeTransactie = nieuwsteInDezeTransactie();
        Huidige gezien = dezeTransactie == null ? null : dezeTransactie.get(houder);
        if (gezien != null) {
            return Optional.of(gezien);
        }
        List<Map<String, Object>> rijen = jdbc.queryForList("""
                SELECT versie, sleutel FROM sleutelkluis WHERE houder = ? AND vernietigd_op IS NULL
                ORDER BY versie DESC LIMIT 1 FOR SHARE""", houder);
        if (rijen.isEmpty()) {
            return Optional.empty();
        }
        Instant nu = klok.instant();
        int versie = ((Number) rijen.get(0).get("versie")).intValue();
        SecretKey sleutel = new SecretKeySpec(pakUit(houder, versie, (byte[]) rijen.get(0).get("sleutel")), ALGORITME);
        Huidige gevonden = new Huidige(versie, sleutel, nu, nu);
        if (dezeTransactie != null) {
            dezeTransactie.put(houder, gevonden);
        }
        return Optional.of(gevonden);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Huidige> nieuwsteInDezeTransactie() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Huidige> gezien = (Map<String, Huidige>) TransactionSynchronizationManager.getResource(nieuwsteSleutels);
        if (gezien == null) {
            Map<String, Huidige> nieuw = new java.util.HashMap<>();
            TransactionSynchronizationManager.bindResource(nieuwsteSleutels, nieuw);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(nieuwsteSleutels);
                }
            });
            gezien = nieuw;
        }
        return gezien;
    }

    private long generatie(String houder) {
        return generaties.getOrDefault(houder, 0L);
    }

    /** Whether this transaction already locked the holder's key: once per transaction is enough. */
    private boolean alGecontroleerd(String houder) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> gecontroleerd = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (gecontroleerd == null) {
            gecontroleerd = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, gecontroleerd);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Sleutelkluis.this);
                }
            });
        }
        return !gecontroleerd.add(houder);
    }

    private Huidige leesOfMaak(String houder, Instant nu) {
        huidige.remove(houder);
        List<Map<String, Object>> rijen = jdbc.queryForList("""
                SELECT versie, sleutel FROM sleutelkluis WHERE houder = ? AND vernietigd_op IS NULL
                ORDER BY versie DESC LIMIT 1 FOR SHARE""", houder);
        if (rijen.isEmpty()) {
            // an erasure running now would not see the key made here, nor this the erasure's destroyed version 0
            vergrendel(houder);
            byte[] nieuw = nieuweSleutel();
            Integer vorige = jdbc.queryForObject("SELECT max(versie) FROM sleutelkluis WHERE houder = ?",
                    Integer.class, houder);
            int versie = vorige == null ? 1 : vorige + 1;
            jdbc.update("""
                    INSERT INTO sleutelkluis (houder, versie, sleutel, aangemaakt_op, laatst_gebruikt_op)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", houder, versie,
                    verpak(houder, versie, nieuw), nu.atOffset(ZoneOffset.UTC), nu.atOffset(ZoneOffset.UTC));
            // another transaction may have made it first: use whichever key the table holds
            rijen = jdbc.queryForList("""
                    SELECT versie, sleutel FROM sleutelkluis WHERE houder = ? AND vernietigd_op IS NULL
                    ORDER BY versie DESC LIMIT 1 FOR SHARE""", houder);
        } else {
            jdbc.update("UPDATE sleutelkluis SET laatst_gebruikt_op = ? WHERE houder = ? AND versie = ?",
                    nu.atOffset(ZoneOffset.UTC), houder, rijen.get(0).get("versie"));
        }
        int versie = ((Number) rijen.get(0).get("versie")).intValue();
        SecretKey sleutel = new SecretKeySpec(pakUit(houder, versie, (byte[]) rijen.get(0).get("sleutel")), ALGORITME);
        return new Huidige(versie, sleutel, nu, nu.plus(CACHE_DUUR));
    }

    private Optional<SecretKey> sleutel(String houder, int versie) {
        Instant nu = klok.instant();
        String id = houder + ":" + versie;
        long generatie = generatie(houder);
        Gecachet gecachet = sleutels.get(id);
        if (gecachet != null && nu.isBefore(gecachet.tot())) {
            return gecachet.sleutel();
        }
        List<byte[]> rij = jdbc.queryForList("SELECT sleutel FROM sleutelkluis WHERE houder = ? AND versie = ?",
                byte[].class, houder, versie);
        if (rij.isEmpty()) {
            throw new IllegalStateException("No key " + versie + " of " + houder + ": the value was not made here");
        }
        Optional<SecretKey> sleutel = rij.get(0) == null ? Optional.empty()
                : Optional.of(new SecretKeySpec(pakUit(houder, versie, rij.get(0)), ALGORITME));
        if (sleutel.isPresent()) {
            TransactieHaak.naCommit(() -> {
                if (generatie(houder) == generatie) {
                    sleutels.put(id, new Gecachet(sleutel, nu.plus(CACHE_DUUR)));
                }
            });
        }
        return sleutel;
    }

    private byte[] nieuweSleutel() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITME);
            generator.init(256, toeval);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is part of every JDK", e);
        }
    }

    private byte[] verpak(String houder, int versie, byte[] sleutel) {
        return sluit(hoofdsleutel, aad(houder, versie), sleutel);
    }

    /** With the current master key, else with a previous one; a key none of them wrapped fails loudly. */
    private byte[] pakUit(String houder, int versie, byte[] samen) {
        byte[] aad = aad(houder, versie);
        Optional<byte[]> sleutel = probeer(hoofdsleutel, aad, samen);
        for (int i = 0; sleutel.isEmpty() && i < vorigeHoofdsleutels.size(); i++) {
            sleutel = probeer(vorigeHoofdsleutels.get(i), aad, samen);
        }
        return sleutel.orElseThrow(() -> new IllegalStateException("Key " + versie + " of " + houder
                + " was wrapped with no master key this service knows (keten.privacy.hoofdsleutel)"));
    }

    private static Optional<byte[]> probeer(SecretKey hoofdsleutel, byte[] aad, byte[] samen) {
        try {
            return Optional.of(open(hoofdsleutel, aad, samen));
        } catch (IllegalStateException andereSleutel) {
            return Optional.empty();
        }
    }

    /** AES-GCM under a fresh random IV: {@code iv | ciphertext}, for a value and for a wrapped key alike. */
    private byte[] sluit(SecretKey sleutel, byte[] aad, byte[] waarde) {
        byte[] iv = new byte[IV_LENGTE];
        toeval.nextBytes(iv);
        byte[] versleuteld = gcm(Cipher.ENCRYPT_MODE, sleutel, iv, aad, waarde);
        byte[] samen = new byte[IV_LENGTE + versleuteld.length];
        System.arraycopy(iv, 0, samen, 0, IV_LENGTE);
        System.arraycopy(versleuteld, 0, samen, IV_LENGTE, versleuteld.length);
        return samen;
    }

    private static byte[] open(SecretKey sleutel, byte[] aad, byte[] samen) {
        return gcm(Cipher.DECRYPT_MODE, sleutel, Arrays.copyOf(samen, IV_LENGTE), aad,
                Arrays.copyOfRange(samen, IV_LENGTE, samen.length));
    }

    private static byte[] hmac(byte[] sleutel, byte[]... delen) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(sleutel, HMAC));
            for (byte[] deel : delen) {
                mac.update(deel);
                mac.update((byte) 0);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] aad(String houder, int versie) {
        return (houder + ":" + versie).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gcm(int modus, SecretKey sleutel, byte[] iv, byte[] aad, byte[] invoer) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATIE);
            cipher.init(modus, sleutel, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(invoer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused the value: wrong key or altered data", e);
        }
    }

    private OffsetDateTime nu() {
        return klok.instant().atOffset(ZoneOffset.UTC);
    }

    /** Runs after the current transaction commits, or at once outside one. */
    static final class TransactieHaak {

        private TransactieHaak() {
        }

        static void naCommit(Runnable werk) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        werk.run();
                    }
                });
            } else {
                werk.run();
            }
        }
    }
}
