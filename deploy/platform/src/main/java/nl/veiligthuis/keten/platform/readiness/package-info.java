/**
 * Readiness that means ready: a service reports UP only when its database answers, each of its Kafka consumers has
 * received its partition assignment and each of its event processors runs with its segments claimed.
 */
package nl.veiligthuis.keten.platform.readiness;
