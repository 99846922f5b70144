/** Real embedded PostgreSQL and Kafka servers for the local run command and for service integration tests. */
package nl.veiligthuis.keten.embedded;
