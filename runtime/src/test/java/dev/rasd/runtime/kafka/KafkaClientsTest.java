package dev.rasd.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void aGroupConsumerReadsCommittedRecordsFromTheEarliestAndCommitsItself() {
        assertThat(KafkaClients.groupConsumer("k:9092", "g", Map.of("client.id", "c")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "k:9092", "group.id", "g",
                        "client.id", "c", "enable.auto.commit", false, "isolation.level", "read_committed",
                        "auto.offset.reset", "earliest"));
    }

    @Test
    void anIdempotentProducerWaitsForAllReplicasAndTheClientsOwnSettingsWin() {
        assertThat(KafkaClients.idempotentProducer("k:9092", Map.of("linger.ms", 20)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "k:9092", "acks", "all",
                        "enable.idempotence", true, "linger.ms", 20));
        assertThat(KafkaClients.consumer("k:9092", Map.of("isolation.level", "read_uncommitted")))
                .containsEntry("isolation.level", "read_uncommitted");
    }
}
