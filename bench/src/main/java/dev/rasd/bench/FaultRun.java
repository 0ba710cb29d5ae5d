package dev.rasd.bench;

import dev.rasd.bench.fault.FaultRunner;

/**
 * The fault run: while N articles flow from a local news site through the three services (each a child JVM), it
 * kills each service with SIGKILL once and restarts it, restarts the broker, and stops Elasticsearch for a while;
 * then it checks that the index holds exactly the N articles and each expected alert once, and reports lost and
 * duplicated articles and alerts. Run it with {@code scripts/fault-run} (as root: Elasticsearch runs as an
 * unprivileged user).
 *
 * <p>Arguments: {@code [articles] [elasticsearchOutageSeconds] [articlesPerSecond] [itemsPerFeed] [runDir]}, default
 * {@code 5000 60 50 200 bench/target/fault-run-<time>}. System property {@code rasd.root} is the repository (default:
 * the working directory); the launcher must have been built there ({@code launcher/target/rasd-launcher.jar}).
 */
public final class FaultRun {

    private FaultRun() {}

    public static void main(String[] args) throws Exception {
        FaultRunner.Settings settings = FaultRunner.Settings.parse(args);
        int status = new FaultRunner(settings).run().passed() ? 0 : 1;
        System.exit(status);
    }
}
