/** Technical platform every service runs on: event store on JDBC, CloudEvents on Kafka, inbox, web conventions (ADR 0001). */
package nl.veiligthuis.keten.platform;
