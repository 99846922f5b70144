/** R6: the terugkoppelingen made ready for the melder, read by VT's dispatch adapter (mail, Zorgmail). */
package nl.veiligthuis.keten.melding.terugkoppeling;
