package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rasd.stack.elasticsearch.ElasticsearchDistribution;
import dev.rasd.stack.elasticsearch.EmbeddedElasticsearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stop at any moment leaves no Elasticsearch process behind: the real node is started as {@code rasd up} starts
 * it, into a {@link StartedSoFar} that a stop (the shutdown hook of {@code rasd up}) closes.
 */
class ElasticsearchStopIT {

    private Path baseDir;
    private EmbeddedElasticsearch.Settings settings;
    private Set<ProcessHandle> before;

    @BeforeEach
    void setUp() throws IOException {
        // Under the system temp dir, which the unprivileged Elasticsearch user can enter.
        baseDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "rasd-stop-");
        baseDir.toFile().setExecutable(true, false);
        baseDir.toFile().setReadable(true, false);
        settings = new EmbeddedElasticsearch.Settings(ElasticsearchDistribution.located(), baseDir, Ports.free(),
                Ports.free(), "512m", List.of(), "rasd-es");
        before = ProcessHandle.current().descendants().collect(Collectors.toSet());
    }

    @AfterEach
    void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(baseDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aStopWhileElasticsearchIsStartingEndsTheStartAndLeavesNoProcess() throws Exception {
        StartedSoFar started = new StartedSoFar();
        CompletableFuture<EmbeddedElasticsearch> start =
                CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(settings, started));
        List<ProcessHandle> elasticsearch = awaitElasticsearchProcesses();
        assertThat(start).as("still starting when stopped").isNotDone();

        started.close();

        assertThat(elasticsearch).noneMatch(ProcessHandle::isAlive);
        assertThat(newProcesses()).isEmpty();
        assertThat(start).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withCauseInstanceOf(StackException.class).withMessageContaining("stopped while starting");
        assertPortsFree();
    }

    @Test
    void aStopOnceElasticsearchIsReadyLeavesNoProcess() {
        StartedSoFar started = new StartedSoFar();
        EmbeddedElasticsearch.start(settings, started);
        List<ProcessHandle> elasticsearch = newProcesses();
        assertThat(elasticsearch).isNotEmpty();

        started.close();

        assertThat(elasticsearch).noneMatch(ProcessHandle::isAlive);
        assertThat(newProcesses()).isEmpty();
        assertPortsFree();
    }

    /** Waits until Elasticsearch's launcher has started its server, the moment the reported orphans came from. */
    private List<ProcessHandle> awaitElasticsearchProcesses() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ProcessHandle> processes = newProcesses();
        while (processes.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            processes = newProcesses();
        }
        assertThat(processes).as("Elasticsearch's launcher and server").hasSizeGreaterThanOrEqualTo(2);
        return processes;
    }

    private List<ProcessHandle> newProcesses() {
        return ProcessHandle.current().descendants().filter(p -> !before.contains(p)).filter(ProcessHandle::isAlive)
                .toList();
    }

    private void assertPortsFree() {
        assertThatCode(() -> Ports.requireFree(settings.httpPort(), "Elasticsearch", "RASD_ES_PORT"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Ports.requireFree(settings.transportPort(), "transport", "RASD_ES_TRANSPORT_PORT"))
                .doesNotThrowAnyException();
    }
}
