package nl.veiligthuis.keten.platform.projectie;

/** Another instance of the service holds segments of the projection's processor, so its tokens cannot be reset. */
public class ProjectieElders extends RuntimeException {

    public ProjectieElders(String projectie, Throwable oorzaak) {
        super("Een andere instantie van deze dienst verwerkt projectie " + projectie + "; stop die instanties en start "
                + "de herbouw opnieuw.", oorzaak);
    }
}
