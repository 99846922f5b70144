package nl.veiligthuis.keten.melding.messaging;

import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.platform.axon.Handelende;

/** Who acted, by role and kind of organisation only, never a name (D4). */
record Actor(String rol, String organisatie) {

    /** Veilig Thuis itself, for what the service does on its own (a terugkoppeling made ready). */
    static final Actor VEILIG_THUIS = new Actor("VEILIG_THUIS", "Veilig Thuis");
    /**
     * A medewerker of Veilig Thuis, for a decision a person took (a gezinskoppeling confirmed): of the organisation
     * their token named (their regio), or Veilig Thuis for a decision stored before that was recorded.
     */
    static Actor veiligThuisMedewerker(Optional<Handelende> handelende) {
        return new Actor("VEILIG_THUIS_MEDEWERKER", handelende.map(Handelende::organisatie).orElse("Veilig Thuis"));
    }

    static Actor melder(MelderType type) {
        return new Actor("MELDER_" + type.name(), soort(type));
    }

    static Actor vrager(MelderType type) {
        return new Actor("VRAGER_" + type.name(), soort(type));
    }

    /** For a citizen or anonymous melder the kind only: there is no organisation to name. */
    private static String soort(MelderType type) {
        return switch (type) {
            case POLITIE -> "Politie";
            case PROFESSIONAL -> "Professional (Meldcode)";
            case BURGER -> "Burger";
            case ANONIEM -> "Anoniem";
        };
    }
}
