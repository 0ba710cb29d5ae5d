package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

    @TempDir
    Path dir;

    @Test
    void claimsANewDirectoryAndAcceptsItAgain() {
        Path data = dir.resolve("new");
        RasdStack.claimDataDir(data);
        RasdStack.claimDataDir(data);
        assertThat(data.resolve(RasdStack.MARKER)).exists();
    }

    @Test
    void refusesAForeignDirectoryAndLeavesItAlone() throws IOException {
        Path precious = Files.writeString(dir.resolve("thesis.txt"), "do not delete");
        assertThatThrownBy(() -> RasdStack.claimDataDir(dir))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("is not a Rasd data directory")
                .hasMessageContaining("RASD_DATA_DIR");
        assertThat(precious).hasContent("do not delete");
    }

    @Test
    void aTakenPortIsOneLineNamingThePortAndTheVariable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> Ports.requireFree(port, "Kafka", "RASD_KAFKA_PORT"))
                    .isInstanceOf(StackException.class)
                    .hasMessage("port " + port + " for Kafka is already in use: stop what uses it or set RASD_KAFKA_PORT");
        }
    }

    @Test
    void configDefaultsAndOverrides() {
        StackConfig defaults = StackConfig.fromEnv(java.util.Map.of());
        assertThat(defaults.kafkaPort()).isEqualTo(9092);
        assertThat(defaults.elasticsearchPort()).isEqualTo(9200);
        assertThat(defaults.topics().articlesRaw()).isEqualTo("rasd.articles.raw");
        assertThat(defaults.dataDir().getFileName()).isEqualTo(Path.of(".rasd"));
        StackConfig custom = StackConfig.fromEnv(java.util.Map.of("RASD_KAFKA_PORT", "19092",
                "RASD_TOPIC_PARTITIONS", "6", "RASD_ES_PLUGINS", "/a.zip, /b.zip"));
        assertThat(custom.kafkaPort()).isEqualTo(19092);
        assertThat(custom.partitions()).isEqualTo(6);
        assertThat(custom.elasticsearchPlugins()).containsExactly(Path.of("/a.zip"), Path.of("/b.zip"));
        assertThatThrownBy(() -> StackConfig.fromEnv(java.util.Map.of("RASD_ES_PORT", "nine")))
                .hasMessage("RASD_ES_PORT must be a whole number, not 'nine'");
    }
}
