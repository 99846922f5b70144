/** The per-gezin timeline of every integration event in the chain, causally ordered and hash-chained (R19). */
package nl.veiligthuis.keten.monitoring.tijdlijn;
