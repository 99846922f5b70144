/** Integration events as CloudEvents 1.0 in Kafka binary mode: codec, publisher from the event store, idempotent inbox. */
package nl.veiligthuis.keten.platform.messaging;
