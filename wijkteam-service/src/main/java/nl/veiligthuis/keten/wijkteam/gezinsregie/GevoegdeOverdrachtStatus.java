package nl.veiligthuis.keten.wijkteam.gezinsregie;

public enum GevoegdeOverdrachtStatus { WACHT_OP_ACCEPTATIE, GEACCEPTEERD, AFGESPLITST, TERUGGEMELD, AFGESLOTEN }
