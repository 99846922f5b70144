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

    /** Issue 14 point 1: a mother and two children, of whom the wijkteam at first registers one child only. */
    static final String MELDING_MOEDER_TWEE_KINDEREN = """
            {"melder": {"type": "PROFESSIONAL", "organisatie": "Basisschool De Vlinder", "contact": "010-9876543"},
             "gezin": {"gemeente": "Vlaardingen",
                       "leden": [{"rol": "OUDER", "voornaam": "Wilhelmientje", "achternaam": "Groenevelthuis",
                                  "geboortedatum": "1985-06-07"},
                                 {"rol": "KIND", "voornaam": "Bartholomeus", "achternaam": "Groenevelthuis",
                                  "geboortedatum": "2015-03-04"},
                                 {"rol": "KIND", "voornaam": "Josephientje", "achternaam": "Groenevelthuis",
                                  "geboortedatum": "2019-11-12"}]},
             "geweldsvormen": ["KINDERMISHANDELING_PSYCHISCH"], "kinderenAanwezig": true, "acuutOnveilig": false,
             "omschrijving": "Oudste kind vertelt op school over schreeuwen thuis"}""";

    /**
     * The personal data of these scenarios (the family, the professionals, the free text), long enough that no
     * ciphertext contains one by chance: what the byte scan looks for after all of them.
     */
    static final List<String> PERSOONSGEGEVENS = List.of("Sannemijn", "Milaantje", "Jansenberghuis", "1988-04-12",
            "2017-09-01", "Ruzie tussen ouders", "A. de Vries", "010-1234567", "Geen acute onveiligheid",
            "Gezinscoach inzetten", "J. Smit", "M. Jansen", "010-7654321", "Wilhelmientje", "Bartholomeus",
            "Josephientje", "Groenevelthuis", "1985-06-07", "2015-03-04", "2019-11-12", "010-9876543",
            "over schreeuwen thuis");

    private KetenEndToEndTestData() {
    }
}
