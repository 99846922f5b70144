/**
 * R15 opschaling: a zaak escalated to the Jeugdbeschermingstafel, CIT or the Lokaal Zorgnetwerk, with its reason;
 * the regie stays with the wijkteam until the tafel decides, and a named person keeps sight on safety meanwhile.
 */
package nl.veiligthuis.keten.wijkteam.opschaling;
