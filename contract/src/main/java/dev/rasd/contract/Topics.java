package dev.rasd.contract;

import java.util.List;

/**
 * The names of Rasd's Kafka topics. Production uses the {@code rasd} prefix ({@link #DEFAULT}); tests give every
 * test its own prefix so they never see each other's records.
 *
 * @param feeds feed definitions, compacted, key = feed id
 * @param feedStatus feed health, compacted, key = feed id
 * @param articlesRaw articles as fetched and extracted by ingest-service, key = article id
 * @param articlesEnriched articles with language, entities, story and watches, once per revision, key = article id
 * @param alerts watch hits, key = watch id
 * @param watches watch definitions, compacted, key = watch id; a tombstone deletes a watch
 * @param deadLetters records that could not be processed, with the reason
 * @param backfill watch matches found in already indexed articles by {@code rasd watch add --backfill}, which
 *     enrich-service's story step turns into alerts exactly like live matches, key = article id
 * @param digests the hourly and daily digests of digest watches, one record per watch and period, written by
 *     enrich-service's topology when the period is over and delivered by its notifier, key = watch id
 */
public record Topics(
        String feeds,
        String feedStatus,
        String articlesRaw,
        String articlesEnriched,
        String alerts,
        String watches,
        String deadLetters,
        String backfill,
        String digests) {

    /** The topics of a production deployment: {@code rasd.feeds}, {@code rasd.articles.raw}, … */
    public static final Topics DEFAULT = withPrefix("rasd");

    /** Topic names that start with {@code prefix} followed by a dot. */
    public static Topics withPrefix(String prefix) {
        return new Topics(
                prefix + ".feeds",
                prefix + ".feed-status",
                prefix + ".articles.raw",
                prefix + ".articles.enriched",
                prefix + ".alerts",
                prefix + ".watches",
                prefix + ".dlq",
                prefix + ".backfill",
                prefix + ".digests");
    }

    /** Every topic with whether it is compacted (tables keyed by id) or deleted by retention (streams). */
    public List<TopicSpec> specs() {
        return List.of(
                new TopicSpec(feeds, true),
                new TopicSpec(feedStatus, true),
                new TopicSpec(articlesRaw, false),
                new TopicSpec(articlesEnriched, false),
                new TopicSpec(alerts, false),
                new TopicSpec(watches, true),
                new TopicSpec(deadLetters, false),
                new TopicSpec(backfill, false),
                new TopicSpec(digests, false));
    }

    /**
     * One topic's name and clean-up policy.
     *
     * @param name the topic name
     * @param compacted true for {@code cleanup.policy=compact} (latest value per key), false for retention
     */
    public record TopicSpec(String name, boolean compacted) {}
}
