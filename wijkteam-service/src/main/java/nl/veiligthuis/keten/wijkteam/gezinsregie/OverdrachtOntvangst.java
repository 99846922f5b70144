package nl.veiligthuis.keten.wijkteam.gezinsregie;

import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A handover of Veilig Thuis arrives (R7/R8, R10): the gezin's {@link Gezinsregie} says where it goes, then the zaak
 * is opened or the handover joins the lopende zaak. Both commands run in the caller's transaction (the consumer's,
 * with its inbox record), so a failure of the second undoes the first.
 */
@Component
public class OverdrachtOntvangst {

    private final CommandGateway commandGateway;

    public OverdrachtOntvangst(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void ontvang(OpenZaak overdracht, Map<String, String> metadata) {
        Toewijzing toewijzing = stuur(new WijsOverdrachtToe(overdracht.gezinId(), overdracht.overdrachtId(),
                overdracht.meldingId(), overdracht.gemeente()), metadata);
        if (toewijzing.bijLopendeZaak()) {
            stuur(new VoegOverdrachtToe(toewijzing.zaakId(), overdracht.overdrachtId(), overdracht.meldingId(),
                    overdracht.route(), overdracht.gemeente(), overdracht.onderzoekId(),
                    overdracht.overdrachtGedaanOp(), overdracht.overdrachtDataref(), overdracht.genoemdeLeden()),
                    metadata);
        } else {
            stuur(overdracht, metadata);
        }
    }

    private <R> R stuur(Object commando, Map<String, String> metadata) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(commando).andMetaData(metadata));
    }
}
