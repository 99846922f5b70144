package nl.veiligthuis.keten.platform.web;

public class NietGevonden extends RuntimeException {

    public NietGevonden(String message) {
        super(message);
    }
}
