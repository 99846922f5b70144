package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KetenhashTest {

    private static final Instant T = Instant.parse("2026-11-20T14:05:00Z");
    private static final String VERWACHT = "ccdb828a998858283aec6da17a0895205b3982c529ba3a61536ec79282be9bf6";
    private static final String VORIGE = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final TijdlijnRij RIJ = new TijdlijnRij("e1", "g1", "TriageAfgerond",
            "nl.veilig-thuis.keten.triage.triage-afgerond.v1", T, "triage-service",
            "{\"rol\": \"TRIAGIST\", \"organisatie\": \"Veilig Thuis\"}", "Triage afgerond met uitkomst ONDERZOEK",
            "c1", "k1", "http://localhost:8082/api/v1/triages/1", "keten.triage.v1", 2, 41L, T.plusSeconds(1));

    @Test
    void r19_theCanonicalFormIsFixedAndTheHashIsItsSha256() {
        assertThat(Ketenhash.canoniek(RIJ, 2, VORIGE)).isEqualTo("""
                versie=21:tijdlijn-hashketen-v1
                positie=1:2
                vorige_hash=64:%s
                event_id=2:e1
                gezin_id=2:g1
                type=14:TriageAfgerond
                ce_type=47:nl.veilig-thuis.keten.triage.triage-afgerond.v1
                tijdstip=27:2026-11-20T14:05:00.000000Z
                bron=14:triage-service
                actor=47:{"organisatie":"Veilig Thuis","rol":"TRIAGIST"}
                samenvatting=38:Triage afgerond met uitkomst ONDERZOEK
                causation_id=2:c1
                correlation_id=2:k1
                dataref=38:http://localhost:8082/api/v1/triages/1
                kafka_topic=15:keten.triage.v1
                kafka_partition=1:2
                kafka_offset=2:41
                ontvangen_op=27:2026-11-20T14:05:01.000000Z
                """.formatted(VORIGE));
        // computed outside Java: the canonical form above, piped through sha256sum
        assertThat(Ketenhash.hash(RIJ, 2, VORIGE)).isEqualTo(VERWACHT);
        assertThat(Ketenhash.hash(RIJ, 2, VORIGE)).isEqualTo(Ketenhash.hash(RIJ, 2, VORIGE)).hasSize(64);
    }

    @Test
    void r19_aRowThatKeepsItsFactsHashesThemInFormV2() {
        TijdlijnRij metFeiten = metFeiten("{\"uitkomst\": \"ONDERZOEK\", \"binnenTermijn\": true}");

        assertThat(Ketenhash.canoniek(metFeiten, 2, VORIGE))
                .startsWith("versie=21:tijdlijn-hashketen-v2\n")
                .endsWith("ontvangen_op=27:2026-11-20T14:05:01.000000Z\n"
                        + "feiten=45:{\"binnenTermijn\":true,\"uitkomst\":\"ONDERZOEK\"}\n");
        assertThat(Ketenhash.hash(metFeiten, 2, VORIGE))
                .isNotEqualTo(Ketenhash.hash(RIJ, 2, VORIGE))
                .isNotEqualTo(Ketenhash.hash(metFeiten("{\"uitkomst\": \"ONDERZOEK\", \"binnenTermijn\": false}"),
                        2, VORIGE))
                // JSONB gives the facts back in its own key order and spacing
                .isEqualTo(Ketenhash.hash(metFeiten("{\"binnenTermijn\":true,\"uitkomst\":\"ONDERZOEK\"}"),
                        2, VORIGE));
    }

    private static TijdlijnRij metFeiten(String feiten) {
        return new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(), RIJ.tijdstip(), RIJ.bron(),
                RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(), RIJ.correlationId(), RIJ.dataref(),
                RIJ.kafkaTopic(), RIJ.kafkaPartition(), RIJ.kafkaOffset(), RIJ.ontvangenOp(), feiten);
    }

    @Test
    void r19_everyCoveredFieldThePositionAndThePreviousHashChangeTheHash() {
        List<String> hashes = List.of(
                Ketenhash.hash(RIJ, 2, VORIGE),
                Ketenhash.hash(RIJ, 3, VORIGE),
                Ketenhash.hash(RIJ, 2, VORIGE.replace('0', 'f')),
                Ketenhash.hash(RIJ, 2, null),
                Ketenhash.hash(met(RIJ, "e2", 0), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "g2", 1), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "TriageGestart", 2), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "nl.veilig-thuis.keten.triage.triage-afgerond.v2", 3), 2, VORIGE),
                Ketenhash.hash(new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(),
                        T.plusNanos(1000), RIJ.bron(), RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(),
                        RIJ.correlationId(), RIJ.dataref(), RIJ.kafkaTopic(), RIJ.kafkaPartition(), RIJ.kafkaOffset(),
                        RIJ.ontvangenOp()), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "melding-service", 5), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "{\"rol\": \"VT_MEDEWERKER\", \"organisatie\": \"Veilig Thuis\"}", 6), 2,
                        VORIGE),
                Ketenhash.hash(met(RIJ, "Triage afgerond met uitkomst ADVIES", 7), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "c2", 8), 2, VORIGE),
                Ketenhash.hash(met(RIJ, null, 8), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "", 8), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "k2", 9), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "http://localhost:8082/api/v1/triages/2", 10), 2, VORIGE),
                Ketenhash.hash(met(RIJ, "keten.melding.v1", 11), 2, VORIGE),
                Ketenhash.hash(new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(), RIJ.tijdstip(),
                        RIJ.bron(), RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(), RIJ.correlationId(),
                        RIJ.dataref(), RIJ.kafkaTopic(), 3, RIJ.kafkaOffset(), RIJ.ontvangenOp()), 2, VORIGE),
                Ketenhash.hash(new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(), RIJ.tijdstip(),
                        RIJ.bron(), RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(), RIJ.correlationId(),
                        RIJ.dataref(), RIJ.kafkaTopic(), RIJ.kafkaPartition(), 42L, RIJ.ontvangenOp()), 2, VORIGE),
                Ketenhash.hash(new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(), RIJ.tijdstip(),
                        RIJ.bron(), RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(), RIJ.correlationId(),
                        RIJ.dataref(), RIJ.kafkaTopic(), RIJ.kafkaPartition(), RIJ.kafkaOffset(),
                        RIJ.ontvangenOp().plusSeconds(1)), 2, VORIGE));
        Set<String> verschillend = new HashSet<>(hashes);
        assertThat(verschillend).hasSameSizeAs(hashes);
    }

    @Test
    void r19_aValueCannotImitateTheNextFieldAndJsonSpacingOrKeyOrderDoesNotCount() {
        // moving text from one field to the next changes the hash: every value carries its length
        TijdlijnRij verschoven = met(met(RIJ, "c1\ncorrelation_id=2:k1", 8), null, 9);
        assertThat(Ketenhash.hash(verschoven, 2, VORIGE)).isNotEqualTo(Ketenhash.hash(RIJ, 2, VORIGE));
        // PostgreSQL's jsonb gives back its own key order and spacing
        TijdlijnRij zoalsJsonb = met(RIJ, "{\"organisatie\":\"Veilig Thuis\",   \"rol\":\"TRIAGIST\"}", 6);
        assertThat(Ketenhash.hash(zoalsJsonb, 2, VORIGE)).isEqualTo(Ketenhash.hash(RIJ, 2, VORIGE));
        // the store keeps microseconds: what is hashed before writing equals what is read back
        TijdlijnRij nanos = new TijdlijnRij(RIJ.eventId(), RIJ.gezinId(), RIJ.type(), RIJ.ceType(), T.plusNanos(999),
                RIJ.bron(), RIJ.actor(), RIJ.samenvatting(), RIJ.causationId(), RIJ.correlationId(), RIJ.dataref(),
                RIJ.kafkaTopic(), RIJ.kafkaPartition(), RIJ.kafkaOffset(), RIJ.ontvangenOp().plusNanos(999));
        assertThat(Ketenhash.hash(nanos, 2, VORIGE)).isEqualTo(Ketenhash.hash(RIJ, 2, VORIGE));
    }

    /** A copy of {@code rij} with the text field at {@code index} (in declaration order) replaced. */
    static TijdlijnRij met(TijdlijnRij rij, String waarde, int index) {
        String[] t = {rij.eventId(), rij.gezinId(), rij.type(), rij.ceType(), null, rij.bron(), rij.actor(),
                rij.samenvatting(), rij.causationId(), rij.correlationId(), rij.dataref(), rij.kafkaTopic()};
        t[index] = waarde;
        return new TijdlijnRij(t[0], t[1], t[2], t[3], rij.tijdstip(), t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                rij.kafkaPartition(), rij.kafkaOffset(), rij.ontvangenOp());
    }
}
