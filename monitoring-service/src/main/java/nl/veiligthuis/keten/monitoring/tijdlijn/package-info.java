/** The per-gezin timeline of every integration event in the chain, in causal order (R19 navolgbaarheid). */
package nl.veiligthuis.keten.monitoring.tijdlijn;
