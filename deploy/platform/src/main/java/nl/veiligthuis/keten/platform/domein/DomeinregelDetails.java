package nl.veiligthuis.keten.platform.domein;

import org.axonframework.commandhandling.CommandExecutionException;

/** Travels with a {@code CommandExecutionException} when a command handler refuses a command by a rule. */
public record DomeinregelDetails(String regel) {

    /** The refusal a command handler throws; REST answers it with 409 naming the rule. */
    public static CommandExecutionException weigering(String regel, String reden) {
        return new CommandExecutionException(reden, null, new DomeinregelDetails(regel));
    }
}
