/** Axon Framework wired to the service's own PostgreSQL database through JDBC, without Axon Server. */
package nl.veiligthuis.keten.platform.axon;
