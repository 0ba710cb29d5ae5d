package dev.rasd.launcher;

import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd feeds add|list|disable|remove}: the monitored feeds, as records on the feeds topic. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Add, list, disable and remove feeds.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Disable.class,
                FeedsCommand.Remove.class})
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
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
                throw new IllegalArgumentException("the feed URL must be http or https: " + url);
            }
            if (zone != null) {
                java.time.ZoneId.of(zone);
            }
            Feed feed = Feed.of(id, name == null ? id : name, site == null ? uri.resolve("/").toString() : site, url,
                    country, language, zone, true);
            send(id, feed);
            System.out.println("feed " + id + " added: " + url);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds.")
    static final class ListFeeds implements Callable<Integer> {
        @Override
        public Integer call() {
            Connection c = Connection.fromEnv(System.getenv());
            Map<String, Feed> feeds = TopicReader.table(c.kafkaBootstrap(), c.topics().feeds(), JsonSerde.of(Feed.class));
            feeds.values().forEach(f -> System.out.printf("%-24s %-8s %-5s %s%n", f.id(),
                    f.enabled() ? "enabled" : "disabled", f.country(), f.url()));
            System.out.println(feeds.size() + " feeds");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop polling a feed but keep it listed.")
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            Connection c = Connection.fromEnv(System.getenv());
            Feed feed = TopicReader.table(c.kafkaBootstrap(), c.topics().feeds(), JsonSerde.of(Feed.class)).get(id);
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

    private static void send(String id, Feed feed) {
        Connection c = Connection.fromEnv(System.getenv());
        TopicWriter.send(c.kafkaBootstrap(), c.topics().feeds(), id, feed, JsonSerde.of(Feed.class));
    }
}
