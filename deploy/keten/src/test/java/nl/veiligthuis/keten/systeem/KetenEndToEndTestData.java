package nl.veiligthuis.keten.systeem;

final class KetenEndToEndTestData {

    static final String MELDING = """
            {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
             "gezin": {"gemeente": "Vlaardingen",
                       "leden": [{"rol": "OUDER", "voornaam": "Sanne", "achternaam": "Jansen", "geboortedatum": "1988-04-12"},
                                 {"rol": "KIND", "voornaam": "Mila", "achternaam": "Jansen", "geboortedatum": "2017-09-01"}]},
             "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
             "omschrijving": "Ruzie tussen ouders, kind was aanwezig"}""";

    private KetenEndToEndTestData() {
    }
}
