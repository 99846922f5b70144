package nl.veiligthuis.keten.monitoring.tijdlijn;

/** A herbouw was asked for while another one runs: they would share the shadow table. */
public class TijdlijnHerbouwLoopt extends RuntimeException {

    private final transient TijdlijnHerbouwstand lopende;

    public TijdlijnHerbouwLoopt(TijdlijnHerbouwstand lopende) {
        super("Er loopt al een herbouw van de tijdlijn; start een nieuwe als die klaar of mislukt is.");
        this.lopende = lopende;
    }

    public TijdlijnHerbouwstand lopende() {
        return lopende;
    }
}
