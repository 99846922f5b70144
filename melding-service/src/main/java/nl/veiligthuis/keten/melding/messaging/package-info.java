/** The only package that talks to Kafka: publishes melding-service's integration events from its event store. */
package nl.veiligthuis.keten.melding.messaging;
