/** The whole chain on one machine: embedded PostgreSQL and Kafka plus the four services in one JVM. */
package nl.veiligthuis.keten.systeem;
