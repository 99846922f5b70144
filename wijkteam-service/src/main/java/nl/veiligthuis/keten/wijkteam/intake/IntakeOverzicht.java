package nl.veiligthuis.keten.wijkteam.intake;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;

/**
 * The whole intake of a zaak for the team (R11): the gezinsleden in order of registration, the leefgebiedenanalyse
 * (null until recorded), the intake's open signals, and the persons Veilig Thuis named for the gezin (issue 14 point
 * 1), ordered by persoonId.
 */
public record IntakeOverzicht(String zaakId, List<GezinslidOverzicht> gezinsleden,
                              LeefgebiedenanalyseOverzicht leefgebiedenanalyse, List<Signaal> signalen,
                              List<GenoemdGezinslidOverzicht> genoemdDoorVeiligThuis) {
}
