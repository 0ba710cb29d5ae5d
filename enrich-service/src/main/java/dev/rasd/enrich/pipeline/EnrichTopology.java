package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Topics;
import dev.rasd.enrich.digest.Digest;
import dev.rasd.enrich.digest.DigestGatherer;
import dev.rasd.enrich.story.StoryCandidate;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.processor.WallclockTimestampExtractor;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich-service topology, in one method:
 *
 * <pre>
 * articles.raw ─► enrich (dedup, revision, parse, language, entities,   ─┬─► dlq
 *                 watches, sentence hashes; parallel, one task per       │
 *                 partition, state keyed by article id)                  ├─► article (no story yet) ─► join ─► articles.enriched
 *                 ◄── watches (global store: every instance has all)     │                              ▲    (once per revision,
 * backfill ─► read (or dlq) ──────────────────────────────────────────── ┤                              │     with its story)
 *                                                                        ▼                              │
 *          story requests (≈1 KB) repartitioned to ONE partition ─► story (stories, alert once) ─┬─► story, back to the
 *                                                                                                 │   article's partition
 *                                                                                                 ├─► alerts (key = watch id)
 *                                                                                                 └─► spikes (per watch and
 *                                                                                                     hour) ─► alerts
 * feed-status ─► silent feeds (one alert per silence episode and operator watch) ─► alerts
 * alerts ─► digests of hourly and daily watches, gathered per watch and period (changelogged store), ─► digests
 *           emitted by a wall-clock punctuator once the period is over (key = watch id)
 * </pre>
 *
 * <p>Why one partition for the story step: syndicated copies of a story have different URLs, so different ids, so
 * they land on different partitions of the raw topic; only a step that sees every article can tell they are one
 * story and alert once. Why only a {@link StoryRequest} goes there: every record of that hop is written and read
 * once more by a single thread for the whole cluster, so its cost per byte bounds the throughput of the service.
 * The whole article waits in the parallel step, in the window store of a stream-stream join keyed by article id,
 * until its story comes back; both carry the time the article was enriched, so they meet in a window of zero
 * difference, and the join keeps a pair only when the story is of the article's own revision, so each revision
 * leaves once, in order. Everything that needs only the article id (re-deliveries, revisions) is decided in the
 * parallel step, where all versions of an id meet because the raw topic is keyed by id. Backfill requests
 * ({@code rasd watch add --backfill}) reach the story step the way live matches do, so one rule raises every alert.
 * The spike step reads the story step's outcomes on the same partition: the new-story alerts of a spike watch are
 * its stream of matching stories.
 */
public final class EnrichTopology {

    private static final Serde<StoryRequest> STORY_REQUEST = JsonSerde.of(StoryRequest.class);
    private static final Serde<ArticleStory> STORY = JsonSerde.of(ArticleStory.class);
    private static final Serde<Alert> ALERT = JsonSerde.of(Alert.class);

    private EnrichTopology() {}

    /**
     * How long the topology remembers and waits, and what it refuses.
     *
     * @param retention how long article ids, stories and alerts are remembered (the dedup window)
     * @param storyWait how long an article waits for its story: the story step may lag this far behind the
     *     parallel step (a restart restoring its state) before an article is lost; the join holds this much of the
     *     newest articles on disk
     * @param maxRecordBytes larger raw records go to the dead-letter topic
     */
    public record Limits(Duration retention, Duration storyWait, int maxRecordBytes) {}

    /**
     * What time it is for the steps that follow the clock rather than the articles.
     *
     * @param clock the time of digests (which period an alert joins, whether a period is over), of spikes (the hour
     *     counted) and of silent-feed alerts
     * @param digestCheckEvery how often (wall-clock) the topology looks for digests whose period is over
     */
    public record Timing(Clock clock, Duration digestCheckEvery) {}

    /**
     * Builds the topology.
     *
     * @param topics the topic names
     * @param enricher the stateless enrichment
     * @param watches the registry the global watches store keeps current
     * @param limits how long it remembers and waits, and the largest record
     * @param timing the clock of digests, spikes and silent feeds, and how often digests are checked
     * @param metrics where counters go
     */
    public static Topology build(Topics topics, ArticleEnricher enricher, WatchRegistry watches, Limits limits,
            Timing timing, MeterRegistry metrics) {
        StreamsBuilder builder = new StreamsBuilder();

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WatchUpdater.STORE), Serdes.String(),
                        Serdes.ByteArray()).withLoggingDisabled(),
                topics.watches(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                () -> new WatchUpdater(watches));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EnrichStep.VERSIONS),
                Serdes.String(), JsonSerde.of(ArticleVersion.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryStep.ARTICLE_STORIES),
                Serdes.String(), JsonSerde.of(StoryCandidate.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryStep.SENTENCES),
                Serdes.Long(), JsonSerde.of(StoryCandidate.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryStep.ALERTS),
                Serdes.String(), ALERT));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryStep.OUTLETS),
                Serdes.String(), JsonSerde.of(StoryOutlets.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeStep.HOURS),
                Serdes.String(), JsonSerde.of(SpikeHour.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SilentFeedStep.SILENT),
                Serdes.String(), Serdes.Long()));

        // read at the time of reading, not of writing: in a backlog the raw records are older than the stories
        // coming back to the join, and a task takes its oldest record first, so it would join only once the whole
        // backlog is enriched; read now, the stories come first and every article leaves as soon as it can
        KStream<String, EnrichResult> enriched = builder.stream(topics.articlesRaw(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withTimestampExtractor(new WallclockTimestampExtractor()))
                .processValues(() -> new EnrichStep(enricher, limits.retention(), limits.maxRecordBytes(), metrics),
                        Named.as("enrich"), EnrichStep.VERSIONS);
        KStream<String, EnrichResult> backfills = builder.stream(topics.backfill(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .processValues(() -> new BackfillReader(metrics), Named.as("backfill"));
        KStream<String, EnrichResult> results = enriched.merge(backfills, Named.as("enriched-and-backfills"))
                .split(Named.as("result-"))
                .branch((id, result) -> result.isFailure(), Branched.withConsumer(failed -> failed
                        .mapValues(EnrichResult::deadLetter)
                        .to(topics.deadLetters(), Produced.with(Serdes.String(), JsonSerde.of(DeadLetter.class)))))
                .defaultBranch(Branched.as("ok"))
                .get("result-ok");

        KStream<String, StoryOutcome> outcomes = results
                .mapValues(EnrichResult::storyRequest)
                .repartition(Repartitioned.with(Serdes.String(), STORY_REQUEST).withName("story-requests")
                        .withNumberOfPartitions(1))
                .process(() -> new StoryStep(limits.retention(), metrics), Named.as("story"),
                        StoryStep.ARTICLE_STORIES, StoryStep.SENTENCES, StoryStep.ALERTS, StoryStep.OUTLETS);

        KStream<String, ArticleStory> stories = outcomes
                .filter((id, outcome) -> outcome.story() != null)
                .mapValues(StoryOutcome::story)
                .repartition(Repartitioned.with(Serdes.String(), STORY).withName("article-stories"));
        results.filter((id, result) -> result.hasArticle())
                .mapValues(result -> PendingArticle.of(result.article()))
                .join(stories,
                        (article, story) -> story.revision() == article.revision()
                                ? article.withStory(story.storyId()) : null,
                        JoinWindows.ofTimeDifferenceAndGrace(Duration.ZERO, limits.storyWait()),
                        StreamJoined.with(Serdes.String(), PendingArticle.SERDE, STORY).withName("story-join")
                                .withStoreName("story-join"))
                .filter((id, article) -> article != null) // a revision met the story of another revision
                .to(topics.articlesEnriched(), Produced.with(Serdes.String(), Serdes.ByteArray()));

        KStream<String, Alert> spikes = outcomes.process(() -> new SpikeStep(watches, timing.clock(), metrics),
                Named.as("spikes"), SpikeStep.HOURS);
        KStream<String, Alert> silentFeeds = builder.stream(topics.feedStatus(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new SilentFeedStep(watches, timing.clock(), metrics), Named.as("silent-feeds"),
                        SilentFeedStep.SILENT);
        outcomes.flatMap((id, outcome) -> outcome.alerts().stream()
                        .map(alert -> KeyValue.pair(alert.watchId(), alert)).toList())
                .merge(spikes, Named.as("stories-and-spikes"))
                .to(topics.alerts(), Produced.with(Serdes.String(), ALERT));
        silentFeeds.to(topics.alerts(), Produced.with(Serdes.String(), ALERT));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DigestGatherer.STORE),
                Serdes.String(), JsonSerde.of(Digest.class)));
        builder.stream(topics.alerts(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new DigestGatherer(watches, timing.clock(), timing.digestCheckEvery(), metrics),
                        Named.as("digests"), DigestGatherer.STORE)
                .to(topics.digests(), Produced.with(Serdes.String(), JsonSerde.of(Digest.class)));

        return builder.build();
    }
}
