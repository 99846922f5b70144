package nl.veiligthuis.keten.monitoring.aanvulling;

/** R21: what is added to a gezin's file. */
public enum Soort {
    /** A recorded value is wrong: the correct one, beside the original, which stays. */
    CORRECTIE,
    /** A gezinslid's own account of what was recorded about them. */
    EIGEN_VERKLARING
}
