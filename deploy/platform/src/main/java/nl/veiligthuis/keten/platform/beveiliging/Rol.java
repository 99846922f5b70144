package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;

/**
 * The roles the chain's identity provider puts in a token's {@code rol} claim for the people who work in the chain
 * (docs/security.md). Organisations that only register their involvement (R18) carry their own role, e.g.
 * {@code SCHOOL} or {@code HUISARTS}; partner systems authenticate by client credentials and are entitled by scope.
 */
public final class Rol {

    /** Veilig Thuis: meldingen, triages, onderzoeken and VT's monitoring of its region. */
    public static final String VEILIG_THUIS_MEDEWERKER = "VEILIG_THUIS_MEDEWERKER";
    /** A wijkteam's medewerker: the zaken of the team. */
    public static final String WIJKTEAMMEDEWERKER = "WIJKTEAMMEDEWERKER";
    /** A wijkteam's teamleider: the reviews (four eyes) of plans, closings and escalations. */
    public static final String TEAMLEIDER = "TEAMLEIDER";
    /** The inspectorate: reads everything, writes nothing. */
    public static final String INSPECTEUR = "INSPECTEUR";
    /** Operations: health, metrics, herbouw and parked records; never personal data. */
    public static final String BEHEERDER = "BEHEERDER";

    /** The roles bounded to their own organisation's werkgebied (issue 13 point 2). */
    public static final List<String> BEGRENSD = List.of(VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER, TEAMLEIDER);

    /** The roles of the chain's own staff, in the order the docs list them. */
    public static final List<String> KETENROLLEN = List.of(VEILIG_THUIS_MEDEWERKER, WIJKTEAMMEDEWERKER, TEAMLEIDER,
            INSPECTEUR, BEHEERDER);

    private Rol() {
    }
}
