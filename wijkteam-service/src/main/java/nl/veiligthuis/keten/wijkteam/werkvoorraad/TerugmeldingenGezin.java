package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import java.time.Instant;

/** R9: how often the zaken of one gezin in this gemeente went back to Veilig Thuis, and when last. */
public record TerugmeldingenGezin(String gezinId, int aantal, Instant laatsteOp) {
}
