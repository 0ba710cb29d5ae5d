package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.Topics;
import dev.rasd.stack.kafka.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaDataDirIT {

    @TempDir
    Path dir;

    @Test
    void aRestartedBrokerKeepsItsTopics() throws Exception {
        Path logDir = dir.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, Ports.free(), Ports.free())) {
            kafka.createTopics(Topics.withPrefix("kept"), 1);
            kafka.restart();
            try (Admin admin = kafka.admin()) {
                assertThat(admin.listTopics().names().get()).contains("kept.articles.raw");
            }
        }
    }

    @Test
    void aForeignLogDirectoryIsRefusedNotFormatted() throws Exception {
        Path logDir = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(logDir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> EmbeddedKafka.start(logDir, Ports.free(), Ports.free()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("is not a Kafka log directory");
        assertThat(logDir.resolve("notes.txt")).hasContent("mine");
    }
}
