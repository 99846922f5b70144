/** Log lines that name the service that wrote them, also when the four services share one JVM. */
package nl.veiligthuis.keten.platform.logging;
