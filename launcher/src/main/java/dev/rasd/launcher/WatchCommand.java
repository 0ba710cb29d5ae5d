package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.template.IndexNames;
import dev.rasd.runtime.Env;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasd watch add|list|remove}: manage watches on a running stack (records on the watches topic);
 * {@code rasd watch test}: what a query would have matched, saving nothing.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Add, test, list and remove watches.",
        subcommands = {WatchCommand.Add.class, WatchCommand.TestQuery.class, WatchCommand.ListWatches.class,
            WatchCommand.Remove.class})
final class WatchCommand {

    /** The window {@code watch test} and {@code watch add} count past matches in when none is given. */
    static final String DEFAULT_WINDOW = "7d";

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add or replace a watch: articles matching QUERY raise alerts. First prints how many"
                    + " indexed articles and stories it would have matched in the last 7d (or the --backfill window).")
    static final class Add implements Callable<Integer> {

        @Option(names = "--id", required = true, description = "Stable id of the watch, e.g. isis.")
        String id;

        @Mixin
        WatchQueryOptions query;

        @Option(names = "--name", description = "Display name (default: the id).")
        String name;

        @Option(names = "--webhook", description = "URL that gets an HTTP POST (JSON with a text field) per alert.")
        String webhook;

        @Option(names = "--backfill", description = "Also run the watch over the indexed articles of this past window, e.g. 7d: one alert per story not alerted yet.")
        String backfill;

        @Mixin
        DeliveryOptions delivery;

        @Mixin
        SpikeOptions spike;

        @Override
        public Integer call() throws Exception {
            Watch watch = new Watch(SchemaVersion.CURRENT, id, name == null ? id : name, query.checkedQuery(),
                    query.languages, webhook, true, Instant.now(), delivery.toDelivery(), spike.rule());
            printCount(watch, backfill == null ? DEFAULT_WINDOW : backfill);
            Connection connection = Connection.fromEnv(System.getenv());
            send(connection, watch.id(), watch);
            System.out.println("watch " + id + " added: " + watch.query());
            if (backfill != null) {
                withPreview(preview -> Backfill.run(connection, preview, watch, Env.parseDuration(backfill)));
            }
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Show what a watch query would have matched among the indexed articles, per day, with the"
                    + " ten newest; saves nothing.")
    static final class TestQuery implements Callable<Integer> {

        @Mixin
        WatchQueryOptions query;

        @Option(names = "--since", defaultValue = DEFAULT_WINDOW,
                description = "How far back, by the articles' time (default ${DEFAULT-VALUE}).")
        String since;

        @Override
        public Integer call() throws Exception {
            Watch watch = new Watch(SchemaVersion.CURRENT, "preview", "preview", query.checkedQuery(), query.languages,
                    null, true, Instant.now());
            System.out.print(PreviewReport.full(preview(watch, Env.parseDuration(since)), since));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
    static final class ListWatches implements Callable<Integer> {
        @Override
        public Integer call() {
            Connection connection = Connection.fromEnv(System.getenv());
            Map<String, Watch> watches = TopicReader.table(connection.kafkaBootstrap(), connection.topics().watches(),
                    JsonSerde.of(Watch.class));
            if (watches.isEmpty()) {
                System.out.println("no watches");
            }
            watches.values().forEach(w -> System.out.printf("%-20s %-8s %s%s%s%n", w.id(),
                    w.enabled() ? "enabled" : "disabled", w.query(),
                    w.spike() == null ? "" : "  [" + SpikeOptions.describe(w.spike()) + "]",
                    w.webhook() == null ? "" : "  → " + w.webhook()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watch.")
    static final class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The watch to remove.")
        String id;

        @Override
        public Integer call() {
            send(Connection.fromEnv(System.getenv()), id, null);
            System.out.println("watch " + id + " removed");
            return 0;
        }
    }

    /** Prints how many articles and stories {@code watch} would have matched in {@code window}, or why it cannot. */
    private static void printCount(Watch watch, String window) {
        try {
            WatchPreview.Result result = preview(watch, Env.parseDuration(window));
            System.out.println(PreviewReport.countLine(PreviewSummary.of(result.matches()), window));
        } catch (IOException e) {
            System.out.println("past matches not counted: " + e.getMessage());
        }
    }

    /** {@link WatchPreview#run} on the Elasticsearch of the environment. */
    private static WatchPreview.Result preview(Watch watch, Duration window) throws IOException {
        return withPreview(preview -> preview.run(watch, window));
    }

    /** What {@code work} makes of a preview over the Elasticsearch of the environment. */
    private static <T> T withPreview(PreviewWork<T> work) throws IOException {
        IndexConfig config = IndexConfig.fromEnv(System.getenv());
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            return work.apply(new WatchPreview(client, new IndexNames(config.indexPrefix()), Clock.systemUTC()));
        }
    }

    /** Work with a {@link WatchPreview}. */
    @FunctionalInterface
    private interface PreviewWork<T> {
        T apply(WatchPreview preview) throws IOException;
    }

    static void send(Connection connection, String key, Watch watch) {
        TopicWriter.send(connection.kafkaBootstrap(), connection.topics().watches(), key, watch,
                JsonSerde.of(Watch.class));
    }
}
