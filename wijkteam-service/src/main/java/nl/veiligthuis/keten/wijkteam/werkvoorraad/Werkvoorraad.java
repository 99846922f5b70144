package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import java.util.List;

/** The worklist of a gemeente, or of one of its teams when team is set. */
public record Werkvoorraad(String gemeente, String team, List<WerkvoorraadZaak> zaken,
                           List<TerugmeldingenGezin> terugmeldingenPerGezin) {
}
