/** The only package that talks to Kafka: turns MeldingOntvangen into triages and publishes triage-service's events. */
package nl.veiligthuis.keten.triage.messaging;
