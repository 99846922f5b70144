package nl.veiligthuis.keten.testinfra;

/** A started Kafka of any kind, reduced to what tests need. */
record RunningKafka(String bootstrapServers, Runnable stopAction) implements AutoCloseable {

    @Override
    public void close() {
        stopAction.run();
    }
}
