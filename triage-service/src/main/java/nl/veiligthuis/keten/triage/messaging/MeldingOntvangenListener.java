package nl.veiligthuis.keten.triage.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.triage.OpenTriage;
import nl.veiligthuis.keten.triage.triage.TriageProjection;
import nl.veiligthuis.keten.triage.triage.VerwerkGezinskoppeling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens a triage for every melding received (R1) and follows a melding koppeled to a known gezin. The platform's
 * {@link KetenConsumer} reads, checks and records each event; the inbox row and the triage commit in one transaction.
 */
@Component
class MeldingOntvangenListener {

    static final String CONSUMER = "triage-service";
    static final String MELDING_ONTVANGEN = "nl.veilig-thuis.keten.melding.melding-ontvangen.v1";
    static final String MELDING_AAN_GEZIN_GEKOPPELD = "nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1";

    /** The part of {@code melding-ontvangen.v1} triage-service reads; leden it hands over with the melding (R11). */
    record MeldingOntvangenV1(@NotBlank String meldingId, @NotBlank String gezinId, @NotBlank String gemeente,
                              @NotBlank String regio, boolean acuutOnveilig, @NotNull Instant ontvangenOp,
                              @Pattern(regexp = "ZORGMELDING|MUTATIE_HUISELIJK_GEWELD") String politiemelding,
                              List<@Valid @NotNull Lid> leden) {

        List<GenoemdGezinslid> genoemdeLeden() {
            return GenoemdGezinslid.lijst(leden == null ? null
                    : leden.stream().map(lid -> new GenoemdGezinslid(lid.persoonId(), lid.rol())).toList());
        }
    }

    record Lid(@NotBlank String persoonId, @NotBlank String rol) {
    }

    /** The part of {@code melding-aan-gezin-gekoppeld.v1} triage-service reads. */
    record MeldingAanGezinGekoppeldV1(@NotBlank String meldingId, @NotBlank String gezinId,
                                      @NotNull Instant gekoppeldOp) {
    }

    private final KetenConsumer consumer;
    private final Abonnement abonnement;

    MeldingOntvangenListener(KetenConsumer consumer, TriageProjection triages) {
        this.consumer = consumer;
        this.abonnement = Abonnement.voor(CONSUMER)
                // a repeat as far as the worklist knows: meldingen in quick succession may both be seen as first ones
                .commando(MELDING_ONTVANGEN, MeldingOntvangenV1.class, (melding, ontvangst) -> new OpenTriage(
                        melding.meldingId(), melding.gezinId(), melding.gemeente(), melding.regio(),
                        melding.acuutOnveilig(), melding.ontvangenOp(),
                        triages.veiligThuisBetrokken(melding.gezinId()), melding.politiemelding(),
                        melding.genoemdeLeden()))
                .commando(MELDING_AAN_GEZIN_GEKOPPELD, MeldingAanGezinGekoppeldV1.class,
                        (koppeling, ontvangst) -> new VerwerkGezinskoppeling(koppeling.meldingId(),
                                koppeling.gezinId(), koppeling.gekoppeldOp()));
    }

    @KafkaListener(id = "triage-meldingen", idIsGroup = false, topics = KetenTopics.MELDING)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }
}
