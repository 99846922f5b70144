/**
 * What the services' aggregates share with the platform: how a command refused by a rule of the domain travels to
 * the REST answer (409 naming the rule). Free of Spring Web and Kafka.
 */
package nl.veiligthuis.keten.platform.domein;
