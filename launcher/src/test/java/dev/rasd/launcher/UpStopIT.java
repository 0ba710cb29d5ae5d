package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rasd.stack.Ports;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop means stop, at any moment: {@code rasd up}, run as a user runs it (its own process, on free ports and a
 * private data directory), gets a stop signal before, while and after Elasticsearch starts, as {@code kill <pid>}
 * or Ctrl-C sends it. Each time it ends within a bound, no process it started is left, and every port it used can
 * be bound again.
 */
class UpStopIT {

    private static final Duration START_BOUND = Duration.ofSeconds(150);
    private static final Duration STOP_BOUND = Duration.ofSeconds(60);
    private static final List<String> PORT_VARIABLES = List.of("RASD_KAFKA_PORT", "RASD_KAFKA_CONTROLLER_PORT",
            "RASD_ES_PORT", "RASD_ES_TRANSPORT_PORT", "RASD_INGEST_HTTP_PORT", "RASD_ENRICH_HTTP_PORT",
            "RASD_INDEX_HTTP_PORT");

    @TempDir
    Path tempDir;
    private Path dataDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private RasdUpProcess rasd;

    /** A moment of {@code rasd up}'s life, and how the test sees that it has come. */
    enum Moment {
        KAFKA_STARTING("while Kafka starts") {
            @Override
            boolean holds(UpStopIT test) {
                return Files.isDirectory(test.dataDir.resolve("kafka")) && !test.rasd.output().contains("Kafka ready");
            }
        },
        ELASTICSEARCH_INSTALLING("while Elasticsearch's plugin is installed, before Elasticsearch runs") {
            @Override
            boolean holds(UpStopIT test) {
                return test.runs("bin/elasticsearch-plugin");
            }
        },
        ELASTICSEARCH_STARTING("while Elasticsearch starts") {
            @Override
            boolean holds(UpStopIT test) {
                return test.runs("org.elasticsearch.bootstrap.Elasticsearch")
                        && !answers(test.ports.get("RASD_ES_PORT"));
            }
        },
        UP("once Rasd is up") {
            @Override
            boolean holds(UpStopIT test) {
                return test.rasd.output().contains("Rasd is up");
            }
        };

        private final String description;

        Moment(String description) {
            this.description = description;
        }

        abstract boolean holds(UpStopIT test);

        @Override
        public String toString() {
            return description;
        }
    }

    @BeforeEach
    void setUp() {
        // The unprivileged Elasticsearch user must be able to enter every parent of the data directory.
        tempDir.toFile().setExecutable(true, false);
        tempDir.toFile().setReadable(true, false);
        dataDir = tempDir.resolve("data");
        for (String variable : PORT_VARIABLES) {
            int port = Ports.free();
            while (ports.containsValue(port)) {
                port = Ports.free();
            }
            ports.put(variable, port);
        }
    }

    @AfterEach
    void tearDown() {
        if (rasd != null) {
            rasd.close();
        }
    }

    @ParameterizedTest(name = "SIG{1} {0}")
    @CsvSource({
        "KAFKA_STARTING, TERM",
        "ELASTICSEARCH_INSTALLING, TERM",
        "ELASTICSEARCH_STARTING, TERM",
        "ELASTICSEARCH_STARTING, INT",
        "UP, TERM"})
    void aStopSignalEndsRasdUpAndLeavesNoProcessAndNoPortTaken(Moment moment, String signal) throws Exception {
        long launched = System.nanoTime();
        rasd = RasdUpProcess.start(environment(), tempDir.resolve("rasd-up.log"));
        assumeFalse("INT".equals(signal) && rasd.ignoresSigint(),
                "rasd up inherited an ignored SIGINT (tests run in the background), so Ctrl-C cannot be tried");
        rasd.await(moment.toString(), () -> moment.holds(this), START_BOUND);
        long signalled = System.nanoTime();

        rasd.signal(signal);

        assertThat(rasd.awaitExit(STOP_BOUND))
                .as("rasd up ended within %d s of SIG%s %s; its output:%n%s", STOP_BOUND.toSeconds(), signal, moment,
                        rasd.output())
                .isTrue();
        System.out.printf("SIG%s %s: sent %.1f s after launch, rasd up ended %.1f s later%n", signal, moment,
                (signalled - launched) / 1e9, (System.nanoTime() - signalled) / 1e9);
        assertThat(rasd.descendantsSeen().stream().filter(ProcessHandle::isAlive).map(UpStopIT::describe))
                .as("processes left by rasd up after SIG%s %s", signal, moment)
                .isEmpty();
        ports.forEach((variable, port) -> assertThatCode(() -> Ports.requireFree(port, variable, variable))
                .as("%s %d free after SIG%s %s", variable, port, signal, moment)
                .doesNotThrowAnyException());
    }

    /** The variables {@code rasd up} reads: the private data directory and a free port for everything. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("RASD_DATA_DIR", dataDir.toString());
        ports.forEach((variable, port) -> env.put(variable, String.valueOf(port)));
        env.put("RASD_KAFKA_BOOTSTRAP", "127.0.0.1:" + ports.get("RASD_KAFKA_PORT"));
        env.put("RASD_ES_URL", "http://127.0.0.1:" + ports.get("RASD_ES_PORT"));
        return env;
    }

    /**
     * Whether a process below {@code rasd up} has {@code text} in its command line: {@code bin/elasticsearch-plugin}
     * is the plugin installer, {@code org.elasticsearch.bootstrap.Elasticsearch} the server its launcher starts.
     */
    private boolean runs(String text) {
        return rasd.liveDescendants().stream()
                .anyMatch(process -> process.info().commandLine().orElse("").contains(text));
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("(command line unknown)");
    }
}
