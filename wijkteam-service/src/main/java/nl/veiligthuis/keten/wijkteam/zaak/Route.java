package nl.veiligthuis.keten.wijkteam.zaak;

/** How the gezin came to the wijkteam: straight after triage (R7) or after a VT onderzoek or interventie (R8). */
public enum Route { NA_TRIAGE, NA_ONDERZOEK }
