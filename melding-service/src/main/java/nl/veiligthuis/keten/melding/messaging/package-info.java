/**
 * The only package that talks to Kafka: publishes melding-service's integration events from its event store and turns
 * triage-service's events into terugkoppelingen (R6).
 */
package nl.veiligthuis.keten.melding.messaging;
