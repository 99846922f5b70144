package nl.veiligthuis.keten.systeem;

import java.util.List;

final class KetenEndToEndTestData {

    static final String MELDING = """
            {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
             "gezin": {"gemeente": "Vlaardingen",
                       "leden": [{"rol": "OUDER", "voornaam": "Sannemijn", "achternaam": "Jansenberghuis",
                                  "geboortedatum": "1988-04-12"},
                                 {"rol": "KIND", "voornaam": "Milaantje", "achternaam": "Jansenberghuis",
                                  "geboortedatum": "2017-09-01"}]},
             "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
             "omschrijving": "Ruzie tussen ouders, kind was aanwezig"}""";

    /**
     * The personal data of these scenarios (the family, the professionals, the free text), long enough that no
     * ciphertext contains one by chance: what the byte scan looks for after all of them.
     */
    static final List<String> PERSOONSGEGEVENS = List.of("Sannemijn", "Milaantje", "Jansenberghuis", "1988-04-12",
            "2017-09-01", "Ruzie tussen ouders", "A. de Vries", "010-1234567", "Geen acute onveiligheid",
            "Gezinscoach inzetten", "J. Smit", "M. Jansen", "010-7654321");

    private KetenEndToEndTestData() {
    }
}
