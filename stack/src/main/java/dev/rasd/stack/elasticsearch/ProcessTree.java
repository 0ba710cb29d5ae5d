package dev.rasd.stack.elasticsearch;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A child process and every process it starts. Stopping it asks the child to stop (SIGTERM), waits a bounded time,
 * then kills whatever of the tree is still alive, and waits until all of it is gone.
 *
 * <p>The descendants are collected again and again while waiting, because a process that starts more processes
 * (Elasticsearch's launcher starts its server) may do so at any moment, and because once the child has exited its
 * orphans are no longer its descendants and could not be found any more.
 */
final class ProcessTree {

    private static final long POLL_MILLIS = 50;
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final ProcessHandle root;

    ProcessTree(ProcessHandle root) {
        this.root = root;
    }

    /**
     * Stops the tree: SIGTERM to the root, SIGKILL to all of it after {@code grace}.
     *
     * @return whether the root stopped by itself within {@code grace}
     */
    boolean stop(Duration grace) {
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        collect(seen);
        root.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        while (root.isAlive() && System.nanoTime() < deadline) {
            collect(seen);
            pause();
        }
        boolean stoppedByItself = !root.isAlive();
        collect(seen);
        seen.add(root);
        for (ProcessHandle handle : seen) {
            handle.destroyForcibly();
        }
        for (ProcessHandle handle : seen) {
            handle.onExit().orTimeout(KILL_WAIT.toSeconds(), TimeUnit.SECONDS).exceptionally(x -> null).join();
        }
        return stoppedByItself;
    }

    private void collect(Set<ProcessHandle> seen) {
        root.descendants().forEach(seen::add);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
