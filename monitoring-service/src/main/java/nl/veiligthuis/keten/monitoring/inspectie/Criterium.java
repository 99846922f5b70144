package nl.veiligthuis.keten.monitoring.inspectie;

/**
 * The inspection framework's criteria the chain's history can prove or disprove (001 Bijlage 1, 003 Toezichtkader),
 * each with the rule of domain.md it checks. docs/audit.md explains each one.
 */
public enum Criterium {
    TRIAGE_BINNEN_5_WERKDAGEN("R1", "Triage binnen 5 werkdagen na ontvangst afgerond"),
    ACUUT_ONVEILIG_GEHANDELD("R2",
            "Bij acuut onveilige situaties zo snel mogelijk gehandeld: binnen 24 uur besloten, met een directe "
                    + "veiligheidsactie, en een onveilig kind bij een contact direct opgevolgd (001 Bijlage 1)"),
    ONDERZOEK_BINNEN_10_WEKEN("R4", "Onderzoek binnen 10 weken afgerond, of de overschrijding met reden verlengd"),
    OVERDRACHTSGESPREK_NA_ONDERZOEK("R8", "Bij overdracht na onderzoek een overdrachtsgesprek gevoerd"),
    DELEN_MET_TOESTEMMING_OF_REDEN("R17",
            "Bij overdracht gedeeld met toestemming van het gezin, of zonder toestemming met de veiligheidsreden"),
    EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN("R14", "Monitoring gestart en eerste contact binnen 3 maanden"),
    EEN_CASUSREGISSEUR("R10", "Eén casusregisseur per gezin, op elk moment"),
    TAAKVERDELING_MET_VEILIG_THUIS("R10",
            "Handelt Veilig Thuis tijdens een lopende zaak, dan is met het wijkteam vastgelegd wie wat doet "
                    + "(001 Bijlage 1)"),
    VERHUIZING_WARM_OVERGEDRAGEN("R10",
            "Verhuist het gezin, dan neemt het wijkteam van de nieuwe gemeente de zaak binnen 14 dagen over na een "
                    + "warme overdracht, met regie en zicht op veiligheid, of weigert met reden (003 §5)"),
    ELK_KIND_GESPROKEN("R11", "Met elk kind gesproken, of de reden vastgelegd"),
    VEILIGHEID_ELK_KIND_BEOORDEELD("R11", "De veiligheid van elk kind ingeschat"),
    INSCHATTING_OVER_ALLE_OUDERS("R11",
            "De veiligheidsinschatting van elk kind betreft beide ouders en de (ex-)partner (001: ETM/LIRIK)"),
    VEILIGHEIDSOORDEEL_ACTUEEL("R11",
            "Het veiligheidsoordeel van elk kind is niet ouder dan 90 dagen zonder herbeoordeling (003)"),
    HULPVRAAG_MET_OUDERS_EN_KINDEREN("R12",
            "De hulpvraag is met ouders en kinderen gevormd voordat het ondersteuningsplan werd opgesteld "
                    + "(001 Bijlage 1)"),
    FAMILIEGROEPSPLAN_AANGEBODEN("R12",
            "Het gezin is in de gelegenheid gesteld een familiegroepsplan op te stellen, of heeft ervan afgezien "
                    + "(001 Bijlage 1)"),
    ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD("R12",
            "Professionals en gezin evalueren de doelen gezamenlijk, ten minste elke 3 maanden (001 Bijlage 1)"),
    VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD("R13",
            "Bij een onveilig kind een veiligheidsplan met een doorlooptijd van hoogstens 3 maanden, op tijd geëvalueerd"),
    CONTACT_BIJ_ONVEILIG_KIND("R13",
            "Zolang een kind onveilig is, contact met het gezin zo vaak als afgesproken (001 §3.3)"),
    OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT("R15",
            "Blijft de vrijwillige hulp zonder effect, dan schaalt het wijkteam op of meldt het terug (001 Bijlage 1)"),
    GEEN_AFSLUITING_MET_ONVEILIG_KIND("R16", "Niet afgesloten zolang een kind niet veilig is"),
    NAZORG_NA_AFSLUITING("R16", "Na afsluiting nazorg afgesproken en binnen de termijn gecontroleerd (001 §6.2)"),
    TERUGMELDINGEN("R9", "Niet heen en weer: hoogstens één terugmelding tussen wijkteam en Veilig Thuis");

    private final String regel;
    private final String omschrijving;

    Criterium(String regel, String omschrijving) {
        this.regel = regel;
        this.omschrijving = omschrijving;
    }

    public String regel() {
        return regel;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
