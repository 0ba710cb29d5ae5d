package dev.rasd.ingest;

import dev.rasd.contract.Topics;
import dev.rasd.ingest.fetch.FetcherSettings;
import dev.rasd.ingest.poll.PollSettings;
import dev.rasd.ingest.poll.SilenceRule;
import dev.rasd.runtime.Env;
import java.time.Duration;
import java.util.Map;

/**
 * The ingest service's configuration, read from environment variables by {@link #fromEnv} (see {@link Env} for
 * how durations such as {@code 30s} and sizes such as {@code 5m} are written).
 *
 * <table>
 *   <caption>Environment variables and defaults</caption>
 *   <tr><td>RASD_KAFKA_BOOTSTRAP</td><td>127.0.0.1:9092</td><td>Kafka bootstrap servers</td></tr>
 *   <tr><td>RASD_TOPIC_PREFIX</td><td>rasd</td><td>prefix of every topic ({@link Topics#withPrefix})</td></tr>
 *   <tr><td>RASD_INGEST_GROUP</td><td>{prefix}.ingest</td><td>consumer group sharing the feeds</td></tr>
 *   <tr><td>RASD_USER_AGENT</td><td>{@value #DEFAULT_USER_AGENT}</td><td>User-Agent with a contact URL</td></tr>
 *   <tr><td>RASD_ALLOW_PRIVATE_NETWORKS</td><td>false</td><td>allow loopback/private addresses (tests, demo)</td></tr>
 *   <tr><td>RASD_POLL_MIN_INTERVAL</td><td>2m</td><td>shortest interval between polls of a feed</td></tr>
 *   <tr><td>RASD_POLL_MAX_INTERVAL</td><td>60m</td><td>longest interval between successful polls</td></tr>
 *   <tr><td>RASD_MAX_BACKOFF</td><td>6h</td><td>longest wait after failed polls</td></tr>
 *   <tr><td>RASD_HOST_DELAY</td><td>1s</td><td>minimum delay between requests to one host</td></tr>
 *   <tr><td>RASD_FETCH_TIMEOUT</td><td>20s</td><td>connect + complete response, per request</td></tr>
 *   <tr><td>RASD_MAX_FEED_BYTES</td><td>5MB</td><td>largest feed document</td></tr>
 *   <tr><td>RASD_MAX_PAGE_BYTES</td><td>3MB</td><td>largest article page</td></tr>
 *   <tr><td>RASD_MAX_REDIRECTS</td><td>5</td><td>redirects followed per fetch</td></tr>
 *   <tr><td>RASD_INGEST_THREADS</td><td>64</td><td>polls running at once (virtual threads)</td></tr>
 *   <tr><td>RASD_SEEN_PER_FEED</td><td>2000</td><td>published items remembered per feed (at least: a longer feed document is remembered whole)</td></tr>
 *   <tr><td>RASD_PUBLISH_TIMEOUT</td><td>30s</td><td>wait for Kafka to acknowledge a poll's articles</td></tr>
 *   <tr><td>RASD_SILENT_FACTOR</td><td>3</td><td>a feed that answers but has published nothing for this many usual gaps is silent</td></tr>
 *   <tr><td>RASD_SILENT_MIN</td><td>12h</td><td>the shortest silence reported, whatever the feed's rhythm</td></tr>
 *   <tr><td>RASD_INGEST_HTTP_PORT</td><td>8081</td><td>port of /health and /metrics</td></tr>
 * </table>
 *
 * @param kafkaBootstrap Kafka bootstrap servers
 * @param topicPrefix the topics' prefix
 * @param groupId the consumer group of the ingest instances
 * @param userAgent the User-Agent
 * @param allowPrivateNetworks whether private addresses may be fetched
 * @param pollMinInterval shortest interval between polls of a feed
 * @param pollMaxInterval longest interval between successful polls of a feed
 * @param maxBackoff longest wait after failed polls
 * @param hostDelay minimum delay between requests to one host
 * @param fetchTimeout timeout of one request
 * @param maxFeedBytes largest feed document
 * @param maxPageBytes largest article page
 * @param maxRedirects redirects followed per fetch
 * @param threads polls running at once
 * @param seenPerFeed published items remembered per feed
 * @param publishTimeout wait for Kafka to acknowledge a poll's articles
 * @param silence when a feed that answers but publishes nothing is silent
 * @param httpPort the port of {@code /health} and {@code /metrics}
 */
public record IngestConfig(
        String kafkaBootstrap,
        String topicPrefix,
        String groupId,
        String userAgent,
        boolean allowPrivateNetworks,
        Duration pollMinInterval,
        Duration pollMaxInterval,
        Duration maxBackoff,
        Duration hostDelay,
        Duration fetchTimeout,
        long maxFeedBytes,
        long maxPageBytes,
        int maxRedirects,
        int threads,
        int seenPerFeed,
        Duration publishTimeout,
        SilenceRule silence,
        int httpPort) {

    public IngestConfig {
        // fail at start-up, naming the problem, rather than at the first poll
        new PollSettings(pollMinInterval, pollMaxInterval, maxBackoff, maxFeedBytes, maxPageBytes, seenPerFeed,
                publishTimeout, silence);
    }

    /** The default User-Agent: the product, its version, and where to learn about it and complain. */
    public static final String DEFAULT_USER_AGENT = "RasdBot/0.1 (+https://rasd.dev/bot; Arabic news monitoring)";


    /** The configuration from environment variables, defaults for the absent ones. */
    public static IngestConfig fromEnv(Map<String, String> variables) {
        Env env = Env.of(variables);
        String prefix = env.string("RASD_TOPIC_PREFIX", "rasd");
        return new IngestConfig(
                env.string("RASD_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                prefix,
                env.string("RASD_INGEST_GROUP", prefix + ".ingest"),
                env.string("RASD_USER_AGENT", DEFAULT_USER_AGENT),
                env.bool("RASD_ALLOW_PRIVATE_NETWORKS", false),
                env.duration("RASD_POLL_MIN_INTERVAL", Duration.ofMinutes(2)),
                env.duration("RASD_POLL_MAX_INTERVAL", Duration.ofMinutes(60)),
                env.duration("RASD_MAX_BACKOFF", Duration.ofHours(6)),
                env.duration("RASD_HOST_DELAY", Duration.ofSeconds(1)),
                env.duration("RASD_FETCH_TIMEOUT", Duration.ofSeconds(20)),
                env.bytes("RASD_MAX_FEED_BYTES", 5L * 1024 * 1024),
                env.bytes("RASD_MAX_PAGE_BYTES", 3L * 1024 * 1024),
                atLeastOne("RASD_MAX_REDIRECTS", env.integer("RASD_MAX_REDIRECTS", 5)),
                atLeastOne("RASD_INGEST_THREADS", env.integer("RASD_INGEST_THREADS", 64)),
                atLeastOne("RASD_SEEN_PER_FEED", env.integer("RASD_SEEN_PER_FEED", 2000)),
                env.duration("RASD_PUBLISH_TIMEOUT", Duration.ofSeconds(30)),
                new SilenceRule(atLeastOne("RASD_SILENT_FACTOR", env.integer("RASD_SILENT_FACTOR",
                        SilenceRule.DEFAULT.factor())), env.duration("RASD_SILENT_MIN", SilenceRule.DEFAULT.floor())),
                env.integer("RASD_INGEST_HTTP_PORT", 8081));
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    /** The topics under {@link #topicPrefix}. */
    public Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    /** The compacted topic of feed checkpoints, {@code <prefix>.ingest-state}. */
    public String stateTopic() {
        return topicPrefix + ".ingest-state";
    }

    /** How the HTTP fetcher behaves. */
    public FetcherSettings fetcherSettings() {
        return new FetcherSettings(userAgent, fetchTimeout, maxRedirects, allowPrivateNetworks);
    }

    /** How feeds are polled. */
    public PollSettings pollSettings() {
        return new PollSettings(pollMinInterval, pollMaxInterval, maxBackoff, maxFeedBytes, maxPageBytes,
                seenPerFeed, publishTimeout, silence);
    }
}
