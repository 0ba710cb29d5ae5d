package dev.rasd.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real {@code rasd up} as a child process of the test, started as the {@code rasd} script starts it (the
 * launcher jar the build made, with its runtime class path in {@code target/lib}), which remembers every process it
 * ever had below it: Elasticsearch runs under a user switch and would be an orphan, no longer a descendant, once the
 * launcher is gone.
 */
final class RasdUpProcess implements AutoCloseable {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final long SNAPSHOT_MILLIS = 50;

    private final Process process;
    private final Path output;
    private final Set<ProcessHandle> descendants = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rasd-up-descendants");
        thread.setDaemon(true);
        return thread;
    });

    private RasdUpProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
        snapshots.scheduleWithFixedDelay(this::snapshot, 0, SNAPSHOT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts {@code rasd up} with {@code environment} over this process's own, its output going to {@code output}.
     */
    static RasdUpProcess start(Map<String, String> environment, Path output) throws IOException {
        Path jar = TARGET.resolve("rasd-launcher.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(TARGET.resolve("lib"))) {
            throw new IllegalStateException(jar + " or its lib/ is missing: run the ITs with mvn verify, which packages"
                    + " the launcher first");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-Drasd.root=" + TARGET.getParent().getParent(),
                "-cp", jar + ":" + TARGET.resolve("lib") + "/*",
                "dev.rasd.launcher.Rasd", "up")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return new RasdUpProcess(builder.start(), output);
    }

    /** Everything {@code rasd up} printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processes below {@code rasd up} right now. */
    List<ProcessHandle> liveDescendants() {
        return process.descendants().toList();
    }

    /**
     * Waits until {@code moment} holds, checking often.
     *
     * @throws AssertionError when {@code rasd up} ends first, or after {@code timeout}
     */
    void await(String moment, BooleanSupplier holds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!holds.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("rasd up exited with " + process.exitValue() + " before " + moment
                        + "; its output:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no moment when " + moment + " within " + timeout.toSeconds()
                        + " s; output of rasd up:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /** Sends {@code signal} ({@code TERM}, {@code INT}, …) to {@code rasd up}, as {@code kill -SIGNAL pid} does. */
    void signal(String signal) throws IOException, InterruptedException {
        snapshot();
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited " + kill.exitValue());
        }
    }

    /** Whether {@code rasd up} ignores {@code SIGINT}, as a program started in the background by a script does. */
    boolean ignoresSigint() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0b10) != 0;
            }
        }
        return false;
    }

    /** Waits until {@code rasd up} has exited, at most {@code timeout}; whether it did. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every process that was ever seen below {@code rasd up}, alive or not. */
    Set<ProcessHandle> descendantsSeen() {
        return Set.copyOf(descendants);
    }

    private void snapshot() {
        process.descendants().forEach(descendants::add);
    }

    /** Kills {@code rasd up} and whatever it left, so that a failed test leaves nothing running either. */
    @Override
    public void close() {
        snapshots.shutdownNow();
        snapshot();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
