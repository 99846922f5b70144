package nl.veiligthuis.keten.monitoring.tijdlijn;

/** A herbouw was asked for while another one runs: they would share the shadow table. */
public class HerbouwLoopt extends RuntimeException {

    private final transient Herbouw lopende;

    public HerbouwLoopt(Herbouw lopende) {
        super("Er loopt al een herbouw van de tijdlijn; start een nieuwe als die klaar of mislukt is.");
        this.lopende = lopende;
    }

    public Herbouw lopende() {
        return lopende;
    }
}
