package dev.rasd.bench.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Rasd service ({@code rasd run ingest|enrich|index}) as a child JVM of the fault run, so that it can be
 * killed with SIGKILL and started again. Its output is appended to {@code <logDir>/<service>.log}, across restarts.
 */
final class ServiceProcess implements AutoCloseable {

    private final String service;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final URI health;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    /**
     * @param service {@code ingest}, {@code enrich} or {@code index}
     * @param launcherClasspath the launcher jar and its libraries
     * @param environment the service's settings ({@code RASD_*})
     * @param logDir where the service's log goes
     */
    ServiceProcess(String service, String launcherClasspath, Map<String, String> environment, Path logDir) {
        this.service = service;
        String portVariable = "RASD_" + service.toUpperCase(Locale.ROOT) + "_HTTP_PORT";
        if (!environment.containsKey(portVariable)) {
            throw new IllegalArgumentException(portVariable + " must be set, to know when " + service + " is up");
        }
        this.health = URI.create("http://127.0.0.1:" + environment.get(portVariable) + "/health");
        this.environment = Map.copyOf(environment);
        this.log = logDir.resolve(service + ".log");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", launcherClasspath, "dev.rasd.launcher.Rasd", "run", service));
        this.command = List.copyOf(cmd);
    }

    /** Starts the service; it connects to Kafka and Elasticsearch on its own. */
    synchronized void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * Waits until the service answers on {@code /health} (whatever it says: an unhealthy service is still up).
     *
     * @throws IllegalStateException when the process exits or does not answer within {@code timeout}
     */
    void awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            Process p;
            synchronized (this) {
                p = process;
            }
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(service + "-service is not running; see " + log);
            }
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(200); // not listening yet
            }
        }
        throw new IllegalStateException(service + "-service did not answer on " + health + " within "
                + timeout.toSeconds() + " s; see " + log);
    }

    /** SIGKILL to the service and anything it started, then waits until they are gone: a crash, no clean-up. */
    synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle handle : tree) {
            handle.destroyForcibly();
        }
        for (ProcessHandle handle : tree) {
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        process = null;
    }

    /** SIGTERM (the service's own shutdown), SIGKILL after 30 s. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
        process = null;
    }
}
