package nl.veiligthuis.keten.wijkteam.contact;

import java.util.Collection;

/** What kind of contact the team had about the gezin (001 §3.3). */
public enum Contactsoort {
    /** A visit at the gezin's home. */
    HUISBEZOEK,
    /** A conversation with gezinsleden elsewhere: at the office, at school, by video or phone. */
    GESPREK,
    /** Contact with the school or kinderopvang of a child. */
    SCHOOL,
    /** Contact with the gezin's informal network: family, neighbours, friends. */
    NETWERK,
    /** Contact with another professional: huisarts, jeugdarts, GGZ, politie. */
    HULPVERLENER;

    /**
     * A home visit or conversation where the team saw no gezinslid (nobody at home, a no-show) is logged, but is no
     * contact with the gezin: it does not reset the agreed frequency.
     */
    public boolean teltAlsContact(Collection<String> gezien) {
        return (this != HUISBEZOEK && this != GESPREK) || !gezien.isEmpty();
    }
}
