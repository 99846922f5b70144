package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.LocalDate;

public record NazorgcontroleVastgelegdAntwoord(String zaakId, LocalDate op) {
}
