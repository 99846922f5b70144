package nl.veiligthuis.keten.wijkteam.zaak;

public enum ZaakStatus { OVERDRACHT_ONTVANGEN, IN_BEHANDELING, TERUGGEMELD, AFGESLOTEN }
