/** The only package that talks to Kafka: consumes every chain topic and publishes monitoring-service's events. */
package nl.veiligthuis.keten.monitoring.messaging;
