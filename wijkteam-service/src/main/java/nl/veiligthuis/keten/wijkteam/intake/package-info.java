/**
 * The intake of a zaak (R11): the gezinsleden, with whom the team spoke and why not, every child's safety judged
 * with a named instrument, the ZRM at start and end and the analysis of all life domains; with its read model and
 * the signals for what is missing.
 */
package nl.veiligthuis.keten.wijkteam.intake;
