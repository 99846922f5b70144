package nl.veiligthuis.keten.wijkteam.intake;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;

/**
 * The whole intake of a zaak for the team (R11): the gezinsleden in order of registration, the leefgebiedenanalyse
 * (null until recorded) and the intake's open signals.
 */
public record IntakeOverzicht(String zaakId, List<GezinslidOverzicht> gezinsleden,
                              LeefgebiedenanalyseOverzicht leefgebiedenanalyse, List<Signaal> signalen) {
}
