package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InhoudsdigestTest {

    private static final Instant T = Instant.parse("2026-11-20T14:05:00Z");
    private static final TijdlijnRij A = new TijdlijnRij("e1", "g1", "TriageAfgerond",
            "nl.veilig-thuis.keten.triage.triage-afgerond.v1", T, "triage-service",
            "{\"rol\": \"TRIAGIST\", \"organisatie\": \"Veilig Thuis\"}", "Triage afgerond met uitkomst ONDERZOEK",
            "c1", "k1", "http://localhost:8082/api/v1/triages/1", "keten.triage.v1", 2, 41L, T.plusSeconds(1));
    private static final TijdlijnRij B = new TijdlijnRij("e2", "g1", "MeldingOntvangen",
            "nl.veilig-thuis.keten.melding.melding-ontvangen.v1", T.minusSeconds(60), "melding-service",
            "{\"organisatie\": \"melding-service\"}", "Melding ontvangen", null, "k1", null, "keten.melding.v1", 0, 7L,
            T.plusSeconds(2));

    @Test
    void r19_theEntryTextHoldsOnlyTheFieldsTakenFromTheEvent() {
        assertThat(Inhoudsdigest.canoniek(A)).isEqualTo("""
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
                """);
    }

    @Test
    void r19_theDigestIsStableAndIndependentOfOrderReceiptAndKafkaPosition() {
        String digest = Inhoudsdigest.van(List.of(A, B));
        assertThat(digest).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Inhoudsdigest.van(List.of(A, B))).isEqualTo(digest);
        assertThat(Inhoudsdigest.van(List.of(B, A))).isEqualTo(digest);
        TijdlijnRij anderswaarOntvangen = new TijdlijnRij(A.eventId(), A.gezinId(), A.type(), A.ceType(),
                A.tijdstip(), A.bron(), "{\"organisatie\":\"Veilig Thuis\",\"rol\":\"TRIAGIST\"}", A.samenvatting(),
                A.causationId(), A.correlationId(), A.dataref(), "keten.triage.v1", 0, 9_999L, T.plusSeconds(3600));
        assertThat(Inhoudsdigest.van(List.of(B, anderswaarOntvangen))).isEqualTo(digest);
    }

    @Test
    void r19_theDigestChangesWhenAFieldOrAnEntryChanges() {
        String digest = Inhoudsdigest.van(List.of(A, B));
        TijdlijnRij andereSamenvatting = new TijdlijnRij(A.eventId(), A.gezinId(), A.type(), A.ceType(),
                A.tijdstip(), A.bron(), A.actor(), "Triage overgeslagen", A.causationId(), A.correlationId(),
                A.dataref(), A.kafkaTopic(), A.kafkaPartition(), A.kafkaOffset(), A.ontvangenOp());
        TijdlijnRij anderTijdstip = new TijdlijnRij(A.eventId(), A.gezinId(), A.type(), A.ceType(),
                A.tijdstip().plusNanos(1_000), A.bron(), A.actor(), A.samenvatting(), A.causationId(),
                A.correlationId(), A.dataref(), A.kafkaTopic(), A.kafkaPartition(), A.kafkaOffset(), A.ontvangenOp());
        TijdlijnRij zonderOorzaak = new TijdlijnRij(A.eventId(), A.gezinId(), A.type(), A.ceType(), A.tijdstip(),
                A.bron(), A.actor(), A.samenvatting(), null, A.correlationId(), A.dataref(), A.kafkaTopic(),
                A.kafkaPartition(), A.kafkaOffset(), A.ontvangenOp());
        assertThat(Inhoudsdigest.van(List.of(andereSamenvatting, B))).isNotEqualTo(digest);
        assertThat(Inhoudsdigest.van(List.of(anderTijdstip, B))).isNotEqualTo(digest);
        assertThat(Inhoudsdigest.van(List.of(zonderOorzaak, B))).isNotEqualTo(digest);
        assertThat(Inhoudsdigest.van(List.of(A))).isNotEqualTo(digest);
        assertThat(Inhoudsdigest.van(List.of(A, B, B))).isNotEqualTo(digest);
    }
}
