package nl.veiligthuis.keten.wijkteam.verhuizing;

/**
 * Where a move stands. INGETROKKEN: taken back by the announcing team; VERVALLEN: the zaak was returned or closed while
 * the move waited.
 */
public enum Verhuizingstatus { WACHT_OP_ACCEPTATIE, OVERGENOMEN, GEWEIGERD, INGETROKKEN, VERVALLEN }
