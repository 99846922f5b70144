package nl.veiligthuis.keten.platform.projectie;

/** A herbouw was asked for while one of the same projection runs. */
public class ProjectieHerbouwLoopt extends RuntimeException {

    private final String lopende;

    public ProjectieHerbouwLoopt(String projectie, String lopende) {
        super("Er loopt al een herbouw van projectie " + projectie + "; start een nieuwe als die klaar of mislukt is.");
        this.lopende = lopende;
    }

    /** The running herbouw's id, or null if it finished meanwhile. */
    public String lopende() {
        return lopende;
    }
}
