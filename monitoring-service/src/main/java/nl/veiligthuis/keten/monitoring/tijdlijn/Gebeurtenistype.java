package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the short Dutch name and the producing service from the CloudEvent attributes. */
final class Gebeurtenistype {

    /** Types of the contract that are summarised by the generic sentence and can still be filtered on. */
    private static final Set<String> ZONDER_EIGEN_ZIN = Set.of("AdviesvraagGeregistreerd", "OnderzoekstermijnVerlengd");

    private Gebeurtenistype() {
    }

    /** Whether {@code kortNaam} is an event type of the chain's contract, as the timeline's filter accepts it. */
    static boolean bekend(String kortNaam) {
        return Samenvatting.heeftZin(kortNaam) || ZONDER_EIGEN_ZIN.contains(kortNaam);
    }

    /** {@code nl.veilig-thuis.keten.triage.triage-afgerond.v1} becomes {@code TriageAfgerond}. */
    static String kortNaam(String ceType) {
        String[] delen = ceType.split("\\.");
        int laatste = delen.length - 1;
        if (laatste > 0 && delen[laatste].matches("v\\d+")) {
            laatste--;
        }
        return Arrays.stream(delen[laatste].split("-"))
                .filter(woord -> !woord.isEmpty())
                .map(woord -> Character.toUpperCase(woord.charAt(0)) + woord.substring(1))
                .collect(Collectors.joining());
    }

    /** {@code urn:nl-veilig-thuis:keten:triage-service} becomes {@code triage-service}. */
    static String bron(URI source) {
        String tekst = source.toString();
        return tekst.substring(tekst.lastIndexOf(':') + 1);
    }
}
