package dev.rasd.launcher;

import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import dev.rasd.ingest.IngestConfig;
import dev.rasd.ingest.check.FeedCheck;
import dev.rasd.ingest.check.FeedCheckTable;
import dev.rasd.ingest.check.FeedChecker;
import dev.rasd.ingest.feed.FeedCatalog;
import dev.rasd.ingest.feed.FeedCatalogException;
import dev.rasd.ingest.feed.FeedDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasd feeds add|list|check|disable|remove}: the monitored feeds, as records on the feeds topic. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Add, list, check, disable and remove feeds.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Check.class,
                FeedsCommand.Disable.class, FeedsCommand.Remove.class})
final class FeedsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a feed.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--id", required = true, description = "Stable id, e.g. bbc-arabic.") String id;
        @Option(names = "--url", required = true, description = "The feed URL (RSS, Atom or JSON Feed).") String url;
        @Option(names = "--name", description = "Display name (default: the id).") String name;
        @Option(names = "--site", description = "The publisher's home page.") String site;
        @Option(names = "--country", defaultValue = "intl", description = "ISO country code (default ${DEFAULT-VALUE}).") String country;
        @Option(names = "--language", defaultValue = "ar", description = "Expected language (default ${DEFAULT-VALUE}).") String language;
        @Option(names = "--zone", description = "Time zone of local times without an offset, e.g. Asia/Riyadh.") String zone;

        @Override
        public Integer call() {
            Feed feed = Feed.of(id, name == null ? id : name, site == null ? siteOf(url) : site, url, country,
                    language, zone, true).validated();
            send(id, feed);
            System.out.println("feed " + id + " added: " + url);
            return 0;
        }

        /** The home page of the feed's site, or the URL as given when it is not one (validation then says why). */
        private static String siteOf(String url) {
            try {
                return new java.net.URI(url).resolve("/").toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return url;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds.")
    static final class ListFeeds implements Callable<Integer> {
        @Override
        public Integer call() {
            Map<String, Feed> feeds = topicFeeds();
            feeds.values().forEach(f -> System.out.printf("%-24s %-8s %-5s %s%n", f.id(),
                    f.enabled() ? "enabled" : "disabled", f.country(), f.url()));
            System.out.println(feeds.size() + " feeds");
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Poll feeds once, as ingest would, and print for each: status (ok, failed, not-a-feed, "
                    + "http-error), HTTP code, items, newest item's date, encoding and the error.",
                    "Checks the enabled feeds, or the ones named (disabled ones too). Exit code 1 when an enabled "
                            + "feed fails. Honours RASD_USER_AGENT, RASD_HOST_DELAY, RASD_FETCH_TIMEOUT and "
                            + "RASD_ALLOW_PRIVATE_NETWORKS like ingest."},
            footer = {"", "Examples:",
                    "  ./rasd feeds check                            the running stack's enabled feeds",
                    "  ./rasd feeds check --file seeds/feeds.yaml    the default list, no stack needed",
                    "  ./rasd feeds check --file seeds/feeds.yaml petra ahram   two disabled ones, before enabling"})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "The feeds to check (default: every enabled one).")
        List<String> ids = new ArrayList<>();
        @Option(names = "--file", paramLabel = "FILE", description = "Read the feeds from a catalog such as "
                + "seeds/feeds.yaml instead of the running stack's feeds topic.")
        Path file;
        @Spec CommandSpec spec;
        /** The environment that configures fetching; tests replace it to allow loopback feeds. */
        Map<String, String> env = System.getenv();

        @Override
        public Integer call() throws InterruptedException {
            List<Feed> feeds = selected(file == null ? topicFeeds() : catalogFeeds(file), ids);
            List<FeedCheck> rows;
            try (FeedChecker checker = new FeedChecker(IngestConfig.fromEnv(env))) {
                rows = checker.checkAll(feeds);
            }
            spec.commandLine().getOut().print(FeedCheckTable.render(rows));
            spec.commandLine().getOut().flush();
            return rows.stream().anyMatch(FeedCheck::failsTheCheck) ? 1 : 0;
        }

        /**
         * The feeds named by {@code ids}, in that order, else the enabled ones.
         *
         * @throws IllegalArgumentException naming an id that is not among {@code feeds}
         */
        static List<Feed> selected(Map<String, Feed> feeds, List<String> ids) {
            if (ids.isEmpty()) {
                return feeds.values().stream().filter(Feed::enabled).toList();
            }
            List<String> unknown = ids.stream().filter(id -> !feeds.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no feed with id " + String.join(", ", unknown));
            }
            return ids.stream().distinct().map(feeds::get).toList();
        }

        private static Map<String, Feed> catalogFeeds(Path file) {
            try {
                Map<String, Feed> feeds = new LinkedHashMap<>();
                FeedCatalog.load(file).feeds().stream().map(FeedDefinition::toFeed)
                        .forEach(feed -> feeds.put(feed.id(), feed));
                return feeds;
            } catch (FeedCatalogException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop polling a feed but keep it listed.")
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            Feed feed = topicFeeds().get(id);
            if (feed == null) {
                throw new IllegalArgumentException("no feed with id " + id + " (./rasd feeds list shows them)");
            }
            send(id, feed.withEnabled(false));
            System.out.println("feed " + id + " disabled");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a feed.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            send(id, null);
            System.out.println("feed " + id + " removed");
            return 0;
        }
    }

    /** The feeds on the running stack's feeds topic, by id. */
    private static Map<String, Feed> topicFeeds() {
        Connection c = Connection.fromEnv(System.getenv());
        return TopicReader.table(c.kafkaBootstrap(), c.topics().feeds(), JsonSerde.of(Feed.class));
    }

    private static void send(String id, Feed feed) {
        Connection c = Connection.fromEnv(System.getenv());
        TopicWriter.send(c.kafkaBootstrap(), c.topics().feeds(), id, feed, JsonSerde.of(Feed.class));
    }
}
