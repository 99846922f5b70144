package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.List;

/**
 * Response of {@code GET /api/v1/gezinnen/{gezinId}/tijdlijn}: one page of the filtered timeline.
 *
 * @param totaal   the number of entries that pass the filters, on all pages together
 * @param volgende the URL of the next page, null on the last
 */
public record GezinTijdlijn(String gezinId, List<TijdlijnGebeurtenis> gebeurtenissen, int pagina, int grootte,
                           long totaal, String volgende) {

    boolean heeftVolgende() {
        return ((long) pagina + 1) * grootte < totaal;
    }

    GezinTijdlijn metVolgende(String url) {
        return new GezinTijdlijn(gezinId, gebeurtenissen, pagina, grootte, totaal, url);
    }
}
