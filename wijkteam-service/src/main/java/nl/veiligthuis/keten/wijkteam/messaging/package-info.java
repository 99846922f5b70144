/**
 * The only package that talks to Kafka: consumes handovers from triage and VT monitoring contacts, and publishes
 * wijkteam-service's integration events.
 */
package nl.veiligthuis.keten.wijkteam.messaging;
