package nl.veiligthuis.keten.wijkteam.zaak;

/** Why a wijkteam returns a zaak to Veilig Thuis; published as a code, the toelichting stays here. */
public enum RedenTerugmelding {

    /** The wijkteam lacks the means for a fitting intervention (R9). */
    ONVOLDOENDE_MIDDELEN,

    /** The gezin has no question for help while safety risks remain, so the zaak may not be closed (R16). */
    GEEN_HULPVRAAG_BIJ_ONVEILIGHEID,

    /** The problems exceed what the local field can handle. */
    OVERSTIJGENDE_PROBLEMATIEK
}
