package nl.veiligthuis.keten.melding.terugkoppeling;

/**
 * R6: where the letter to the melder is. WACHTEND: due, or waiting for its next attempt. BEZORGD: the channel
 * accepted it. MISLUKT: given up after the last attempt, or refused by the receiver (a 4xx). AANGEHOUDEN: older than
 * the dispatch's limit when it was due (made before dispatch existed, or while no channel was set): a beheerder
 * decides whether it still goes. VERVALLEN: the gezin was erased (R21), so there is nobody to write about.
 */
public enum BezorgingStatus {
    WACHTEND,
    BEZORGD,
    MISLUKT,
    AANGEHOUDEN,
    VERVALLEN
}
