package nl.veiligthuis.keten.wijkteam.samenwerking;

/** Who sat at the table, and who takes a task. */
public enum Overlegpartij {
    VEILIG_THUIS,
    WIJKTEAM,
    GEZIN,
    ANDERE_HULPVERLENER
}
