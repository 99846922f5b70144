/**
 * What the services' tests share and the deployable never carries: one PostgreSQL and one Kafka per test JVM
 * (Testcontainers with Docker, otherwise the embedded servers), the event contract checks and the OpenAPI examples
 * check.
 */
package nl.veiligthuis.keten.testinfra;
