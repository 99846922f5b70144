package nl.veiligthuis.keten.wijkteam.intake;

/** The 13 domains of the zelfredzaamheidsmatrix; each gets one whole score from 1 to 5 (R11). */
public enum ZrmDomein {
    FINANCIEN,
    WERK_EN_OPLEIDING,
    TIJDSBESTEDING,
    HUISVESTING,
    HUISELIJKE_RELATIES,
    GEESTELIJKE_GEZONDHEID,
    LICHAMELIJKE_GEZONDHEID,
    MIDDELENGEBRUIK,
    BASALE_ADL,
    INSTRUMENTELE_ADL,
    SOCIAAL_NETWERK,
    MAATSCHAPPELIJKE_PARTICIPATIE,
    JUSTITIE;

    public static final int LAAGSTE_SCORE = 1;
    public static final int HOOGSTE_SCORE = 5;
}
