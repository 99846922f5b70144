package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import java.util.List;

/**
 * A gezinslid in the intake: the latest conversation record (null if none), every safety assessment oldest first
 * (a KIND only) and the latest ZRM at start and end (an adult only; null if none).
 */
public record GezinslidOverzicht(String lidId, GezinslidRol rol, String persoonId, String aanduiding,
                                 Instant geregistreerdOp, GesprekOverzicht laatsteGesprek,
                                 List<VeiligheidsinschattingOverzicht> veiligheidsinschattingen,
                                 ZrmOverzicht zrmStart, ZrmOverzicht zrmEind) {
}
