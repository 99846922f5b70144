/** Gauges whose series (tag combinations) come and go with the data, for the services' recomputed figures. */
package nl.veiligthuis.keten.platform.metrics;
