package nl.veiligthuis.keten.platform.logging;

/**
 * The service a thread works for, for the log (issue 12 point 6). In the one-JVM run all four services share one
 * Logback, whose application name is whichever context started last; the run command names the thread that starts
 * each service, and every thread that service's start creates (Tomcat, Kafka consumers, Axon processors and the
 * threads those create in turn) inherits the name. Unset in a service run as a process of its own: its log then
 * carries {@code spring.application.name} as usual.
 */
public final class Dienstnaam {

    private static final InheritableThreadLocal<String> NAAM = new InheritableThreadLocal<>();

    private Dienstnaam() {
    }

    /** For this thread and the threads it creates from now on. */
    public static void zet(String naam) {
        NAAM.set(naam);
    }

    /** The service of this thread, or null when none was set. */
    public static String huidige() {
        return NAAM.get();
    }
}
