/**
 * R12 and quality control: the ondersteuningsplan of a zaak in versions the teamleider reviews, its evaluations, and
 * the procesbespreking six weeks after the start of help, a term that signals when missed.
 */
package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;
