/**
 * Issue 14 point 11 (001 Bijlage 1: gezamenlijke reflectie en overleg; 001: "niet navolgbaar wie wat doet"): the
 * consultations of Veilig Thuis and the wijkteam about a zaak, with who does what by when; and the signal that Veilig
 * Thuis acted during the open zaak (a further handover joined it) while no such split of tasks is recorded since.
 */
package nl.veiligthuis.keten.wijkteam.samenwerking;
