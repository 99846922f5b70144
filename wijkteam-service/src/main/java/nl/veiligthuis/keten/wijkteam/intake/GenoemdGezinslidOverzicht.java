package nl.veiligthuis.keten.wijkteam.intake;

/**
 * A person Veilig Thuis' handover named for the gezin (issue 14 point 1): by its pseudonymous persoonId and role, with
 * the lidId under which the team registered it, or null while the team has not. Register it with this persoonId.
 */
public record GenoemdGezinslidOverzicht(String persoonId, GezinslidRol rol, String lidId) {
}
