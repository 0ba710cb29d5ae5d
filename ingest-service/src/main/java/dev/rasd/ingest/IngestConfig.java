package dev.rasd.ingest;

import dev.rasd.contract.Topics;
import dev.rasd.ingest.fetch.FetcherSettings;
import dev.rasd.ingest.poll.PollSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest service's configuration, read from environment variables by {@link #fromEnv}. Durations are written
 * as a number with a unit ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 6h}, {@code 1d}), a bare number of
 * seconds, or ISO-8601 ({@code PT2M}); sizes as bytes or with {@code KB}/{@code MB} (powers of 1024).
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
 *   <tr><td>RASD_SEEN_PER_FEED</td><td>2000</td><td>published items remembered per feed</td></tr>
 *   <tr><td>RASD_PUBLISH_TIMEOUT</td><td>30s</td><td>wait for Kafka to acknowledge a poll's articles</td></tr>
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
        Duration publishTimeout) {

    public IngestConfig {
        // fail at start-up, naming the problem, rather than at the first poll
        new PollSettings(pollMinInterval, pollMaxInterval, maxBackoff, maxFeedBytes, maxPageBytes, seenPerFeed,
                publishTimeout);
    }

    /** The default User-Agent: the product, its version, and where to learn about it and complain. */
    public static final String DEFAULT_USER_AGENT = "RasdBot/0.1 (+https://rasd.dev/bot; Arabic news monitoring)";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    /** The configuration from environment variables, defaults for the absent ones. */
    public static IngestConfig fromEnv(Map<String, String> env) {
        String prefix = value(env, "RASD_TOPIC_PREFIX", "rasd");
        return new IngestConfig(
                value(env, "RASD_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                prefix,
                value(env, "RASD_INGEST_GROUP", prefix + ".ingest"),
                value(env, "RASD_USER_AGENT", DEFAULT_USER_AGENT),
                bool(env, "RASD_ALLOW_PRIVATE_NETWORKS", false),
                duration(env, "RASD_POLL_MIN_INTERVAL", "2m"),
                duration(env, "RASD_POLL_MAX_INTERVAL", "60m"),
                duration(env, "RASD_MAX_BACKOFF", "6h"),
                duration(env, "RASD_HOST_DELAY", "1s"),
                duration(env, "RASD_FETCH_TIMEOUT", "20s"),
                size(env, "RASD_MAX_FEED_BYTES", "5MB"),
                size(env, "RASD_MAX_PAGE_BYTES", "3MB"),
                integer(env, "RASD_MAX_REDIRECTS", 5),
                integer(env, "RASD_INGEST_THREADS", 64),
                integer(env, "RASD_SEEN_PER_FEED", 2000),
                duration(env, "RASD_PUBLISH_TIMEOUT", "30s"));
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
                seenPerFeed, publishTimeout);
    }

    /** This configuration with other poll intervals (tests use seconds). */
    public IngestConfig withPollIntervals(Duration min, Duration max, Duration backoffCap) {
        return new IngestConfig(kafkaBootstrap, topicPrefix, groupId, userAgent, allowPrivateNetworks, min, max,
                backoffCap, hostDelay, fetchTimeout, maxFeedBytes, maxPageBytes, maxRedirects, threads, seenPerFeed,
                publishTimeout);
    }

    /** Parses a duration as described in the class comment. */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 500ms, 30s, 2m, 6h or PT2M)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** Parses a size in bytes as described in the class comment. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + text + " (use e.g. 5242880, 512KB or 5MB)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "b" : m.group(2)) {
            case "kb" -> n * 1024;
            case "mb" -> n * 1024 * 1024;
            case "gb" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String v = value(env, name, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not " + v);
        };
    }

    private static Duration duration(Map<String, String> env, String name, String fallback) {
        try {
            return parseDuration(value(env, name, fallback));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static long size(Map<String, String> env, String name, String fallback) {
        try {
            return parseSize(value(env, name, fallback));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String v = value(env, name, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + v, e);
        }
    }
}
