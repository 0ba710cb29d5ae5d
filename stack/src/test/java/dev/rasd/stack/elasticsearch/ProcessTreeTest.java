package dev.rasd.stack.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    @Test
    void stopsAChildThatStopsOnSigtermWithoutKillingIt() throws Exception {
        Process child = new ProcessBuilder("sleep", "300").start();

        boolean stoppedByItself = new ProcessTree(child.toHandle()).stop(Duration.ofSeconds(10));

        assertThat(stoppedByItself).isTrue();
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void killsTheGrandchildrenThatOutliveTheChild() throws Exception {
        // The shell exits on SIGTERM; its background sleeps would be orphaned and keep running.
        Process child = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait").start();
        List<ProcessHandle> grandchildren = awaitDescendants(child, 2);

        new ProcessTree(child.toHandle()).stop(Duration.ofSeconds(10));

        assertThat(child.isAlive()).isFalse();
        assertThat(grandchildren).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void killsAChildThatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        Process child = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait; sleep 300").start();
        List<ProcessHandle> grandchildren = awaitDescendants(child, 1);

        boolean stoppedByItself = new ProcessTree(child.toHandle()).stop(Duration.ofMillis(500));

        assertThat(stoppedByItself).isFalse();
        assertThat(child.isAlive()).isFalse();
        assertThat(grandchildren).noneMatch(ProcessHandle::isAlive);
    }

    private static List<ProcessHandle> awaitDescendants(Process process, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> descendants = process.descendants().toList();
        while (descendants.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            descendants = process.descendants().toList();
        }
        assertThat(descendants).hasSize(count);
        return descendants;
    }
}
