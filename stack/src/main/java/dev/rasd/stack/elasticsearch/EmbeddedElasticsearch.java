package dev.rasd.stack.elasticsearch;

import dev.rasd.stack.Ports;
import dev.rasd.stack.StackException;
import dev.rasd.stack.StartedSoFar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch running as a child process on loopback: security off, a bounded heap, its own
 * copy of the distribution (with Rasd's plugins installed), data and logs under one base directory, so that a
 * second start resumes on the same data.
 *
 * <p>When this JVM runs as root, Elasticsearch (which refuses root) runs as an unprivileged user, created when
 * missing. Readiness is awaited on {@code /_cluster/health}, since the minimal distribution answers {@code GET /}
 * with 405.
 *
 * <p>A stop may come at any moment, from another thread (a shutdown hook): {@link #stop()} never waits for a start
 * to finish; it marks the node as stopping, which makes a start that is waiting for readiness give up, and stops the
 * process and everything it started.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Settings settings;
    private final Path home;
    private final Path data;
    private final Path logs;
    private final Path tmp;
    private final UnprivilegedUser user;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Guards {@link #process} and {@link #stopping}, so that a stop either prevents or sees a spawn. */
    private final Object spawnLock = new Object();
    /** Makes a second, concurrent stop wait until the first has finished. */
    private final Object stopLock = new Object();
    /** The child process running now: the plugin installer while the home is prepared, then Elasticsearch. */
    private Process process;
    private boolean stopping;
    private volatile Consumer<String> onUnexpectedExit = reason -> {};

    /**
     * How to run Elasticsearch.
     *
     * @param distribution the unpacked distribution to copy from
     * @param baseDir where home, data and logs live
     * @param httpPort the HTTP port on 127.0.0.1
     * @param transportPort the transport port on 127.0.0.1
     * @param heap the JVM heap, e.g. {@code 512m}
     * @param plugins plugin zips to install
     * @param user the unprivileged user to run as when this JVM is root
     */
    public record Settings(ElasticsearchDistribution distribution, Path baseDir, int httpPort, int transportPort,
            String heap, List<Path> plugins, String user) {

        public Settings {
            plugins = List.copyOf(plugins);
        }
    }

    private EmbeddedElasticsearch(Settings settings) {
        this.settings = settings;
        this.home = settings.baseDir().resolve("home");
        this.data = settings.baseDir().resolve("data");
        this.logs = settings.baseDir().resolve("logs");
        this.tmp = settings.baseDir().resolve("tmp");
        this.user = UnprivilegedUser.whenRoot(settings.user());
    }

    /** Prepares the base directory and starts Elasticsearch, waiting until the cluster is at least yellow. */
    public static EmbeddedElasticsearch start(Settings settings) {
        return start(settings, new StartedSoFar());
    }

    /**
     * Like {@link #start(Settings)}, with the node added to {@code started} before its process is spawned, so that
     * closing {@code started} at any moment stops it, and a start still waiting then gives up with a
     * {@link StackException}.
     */
    public static EmbeddedElasticsearch start(Settings settings, StartedSoFar started) {
        EmbeddedElasticsearch elasticsearch = started.add(new EmbeddedElasticsearch(settings));
        elasticsearch.prepare();
        elasticsearch.launch();
        return elasticsearch;
    }

    /** The HTTP endpoint, {@code http://127.0.0.1:port}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + settings.httpPort());
    }

    /** Where the data, logs and home of this node live. */
    public Path baseDir() {
        return settings.baseDir();
    }

    /** Called with a reason (and the log's last lines) when Elasticsearch exits without being asked to. */
    public void onUnexpectedExit(Consumer<String> listener) {
        this.onUnexpectedExit = listener;
    }

    /** Whether the process is running. */
    public boolean isRunning() {
        Process p = current();
        return p != null && p.isAlive();
    }

    private Process current() {
        synchronized (spawnLock) {
            return process;
        }
    }

    private void prepare() {
        try {
            Files.createDirectories(settings.baseDir());
            installHome();
            Files.createDirectories(data);
            Files.createDirectories(logs);
            Files.createDirectories(tmp);
            if (user != null) {
                user.ensureExists();
                user.requireTraversable(settings.baseDir());
                user.own(settings.baseDir());
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare Elasticsearch in " + settings.baseDir() + ": " + e.getMessage(), e);
        }
    }

    /** Copies the distribution into our home (once per distribution and plugin set) and installs the plugins. */
    private void installHome() throws IOException {
        String wanted = settings.distribution().home() + " " + settings.distribution().version() + pluginFingerprint();
        Path marker = home.resolve(".rasd-installed");
        if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
            return;
        }
        deleteRecursively(home);
        copyRecursively(settings.distribution().home(), home);
        try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
            bin.forEach(f -> f.toFile().setExecutable(true, false));
        }
        for (Path plugin : settings.plugins()) {
            installPlugin(plugin);
        }
        Files.writeString(marker, wanted);
    }

    private String pluginFingerprint() throws IOException {
        StringBuilder fingerprint = new StringBuilder();
        for (Path plugin : settings.plugins()) {
            if (!Files.isRegularFile(plugin)) {
                throw new StackException("Elasticsearch plugin " + plugin + " does not exist: build it with ./mvnw install");
            }
            fingerprint.append(' ').append(plugin).append('@').append(Files.size(plugin)).append('@')
                    .append(Files.getLastModifiedTime(plugin).toMillis());
        }
        return fingerprint.toString();
    }

    private void installPlugin(Path zip) throws IOException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/elasticsearch-plugin").toString(), "install",
                "--batch", zip.toUri().toString())
                .redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        Process install = spawn(builder, "the Elasticsearch plugin installer");
        try {
            String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = install.waitFor();
            if (isStopping()) {
                throw new StackException("Elasticsearch was stopped while starting");
            }
            if (status != 0) {
                throw new StackException("cannot install Elasticsearch plugin " + zip + ":\n" + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while installing " + zip, e);
        } finally {
            forget(install);
        }
        LOG.info("installed Elasticsearch plugin {} in {} ms", zip.getFileName(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Starts the process again after {@link #stop()}, on the same data and ports, and waits until it is ready. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        synchronized (spawnLock) {
            stopping = false;
        }
        launch();
    }

    /** Spawns the process, unless a stop came first, and waits until it is ready or a stop comes. */
    private synchronized void launch() {
        Ports.requireFree(settings.httpPort(), "Elasticsearch", "RASD_ES_PORT");
        Ports.requireFree(settings.transportPort(), "the Elasticsearch transport", "RASD_ES_TRANSPORT_PORT");
        List<String> command = new ArrayList<>();
        if (user != null) {
            command.addAll(user.commandPrefix());
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        for (String setting : List.of(
                "cluster.name=rasd",
                "node.name=rasd-es",
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + settings.httpPort(),
                "transport.port=" + settings.transportPort(),
                "path.data=" + data,
                "path.logs=" + logs,
                "xpack.security.enabled=false",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "action.destructive_requires_name=false")) {
            command.add("-E");
            command.add(setting);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logs.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        builder.environment().put("ES_TMPDIR", tmp.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long started = System.nanoTime();
        Process spawned = spawn(builder, "Elasticsearch");
        spawned.onExit().thenAccept(p -> {
            if (!isStopping() && p == current()) {
                onUnexpectedExit.accept("Elasticsearch exited with status " + p.exitValue() + "; last lines of its log:\n"
                        + lastLogLines(20));
            }
        });
        awaitReady(spawned);
        LOG.info("Elasticsearch {} ready on {} in {} ms (data in {})", settings.distribution().version(), url(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), settings.baseDir());
    }

    /**
     * Starts {@code builder}'s process as the one a stop stops, unless a stop came first.
     *
     * @throws StackException when stopped already, or when the process cannot start
     */
    private Process spawn(ProcessBuilder builder, String what) {
        synchronized (spawnLock) {
            if (stopping) {
                throw new StackException("Elasticsearch was stopped while starting");
            }
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new StackException("cannot start " + what + ": " + e.getMessage(), e);
            }
            return process;
        }
    }

    /** Lets go of {@code ended}, unless another process was spawned since. */
    private void forget(Process ended) {
        synchronized (spawnLock) {
            if (process == ended) {
                process = null;
            }
        }
    }

    private void awaitReady(Process started) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (isStopping()) {
                throw new StackException("Elasticsearch was stopped while starting");
            }
            if (!started.isAlive()) {
                throw new StackException("Elasticsearch exited with status " + started.exitValue()
                        + " while starting; last lines of its log:\n" + lastLogLines(30));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new StackException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(250);
        }
        stop();
        throw new StackException("Elasticsearch was not ready within " + START_TIMEOUT.toSeconds()
                + " s; last lines of its log:\n" + lastLogLines(30));
    }

    /** The last lines Elasticsearch wrote to its console log, for error messages. */
    public String lastLogLines(int count) {
        Path console = logs.resolve("console.log");
        try {
            if (!Files.exists(console)) {
                return "(no log at " + console + ")";
            }
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + console + ": " + e.getMessage() + ")";
        }
    }

    private boolean isStopping() {
        synchronized (spawnLock) {
            return stopping;
        }
    }

    /**
     * Stops Elasticsearch, or its plugin installer while its home is prepared (SIGTERM, then SIGKILL after 30 s),
     * and waits until it and every process it started are gone. Does not wait for a start in progress: that start
     * gives up instead. Safe to call when stopped.
     */
    public void stop() {
        synchronized (stopLock) {
            Process p;
            synchronized (spawnLock) {
                stopping = true;
                p = process;
            }
            if (p == null) {
                return;
            }
            if (!new ProcessTree(p.toHandle()).stop(STOP_TIMEOUT)) {
                LOG.warn("Elasticsearch did not stop within {} s; killed it", STOP_TIMEOUT.toSeconds());
            }
            forget(p);
            LOG.info("Elasticsearch stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
