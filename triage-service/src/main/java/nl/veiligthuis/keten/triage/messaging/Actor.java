package nl.veiligthuis.keten.triage.messaging;

/** Who acted, by role and organisation only: names stay in triage-service (D4). */
record Actor(String rol, String organisatie) {

    static final Actor VEILIG_THUIS = new Actor("VEILIG_THUIS", "Veilig Thuis");
    static final Actor TRIAGIST = new Actor("TRIAGIST", "Veilig Thuis");
    static final Actor ONDERZOEKER = new Actor("ONDERZOEKER", "Veilig Thuis");
    static final Actor VT_MEDEWERKER = new Actor("VT_MEDEWERKER", "Veilig Thuis");
}
