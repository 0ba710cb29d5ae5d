package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.StoryAssignment;
import dev.rasd.contract.Topics;
import dev.rasd.enrich.story.StoryCandidate;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich-service topology, in one method:
 *
 * <pre>
 * articles.raw ─► enrich (dedup, revision, parse, language, entities, watches, sentence hashes;  ─┬─► dlq
 *                 parallel, one task per partition, state keyed by article id)                    ├─► articles.enriched
 *                 ◄── watches (global store, every instance has all of them)                      │   (key = article id,
 *                                                                                                 │    storyId not set)
 *                                                                                                 ▼
 *          story requests (≈1 KB) repartitioned to ONE partition ─► story (story, new alerts; stateful)
 *                                                                        ├─► stories (StoryAssignment, key = article id)
 *                                                                        └─► alerts (key = watch id)
 *          alerts (from backfills too) repartitioned to the same ONE partition ─► recorded in the story step's
 *                                                                                 alert-once store
 * </pre>
 *
 * <p>Why one partition for the story step: syndicated copies of a story have different URLs, so different ids, so
 * they land on different partitions of the raw topic; only a step that sees every article can tell they are one
 * story and alert once. Why only a {@link StoryRequest} goes there: every record of that hop is written and read
 * once more by a single thread for the whole cluster, so its cost per byte bounds the throughput of the service;
 * the whole article (several KB) goes straight from the parallel step to {@code articles.enriched}, and readers
 * join its story from {@code stories} by article id. Everything that needs only the article id (re-deliveries,
 * revisions) is decided in the parallel step, where all versions of an id meet because the raw topic is keyed by id.
 */
public final class EnrichTopology {

    private static final Serde<StoryRequest> STORY_REQUEST = JsonSerde.of(StoryRequest.class);

    private EnrichTopology() {}

    /**
     * Builds the topology.
     *
     * @param topics the topic names
     * @param enricher the stateless enrichment
     * @param watches the registry the global watches store keeps current
     * @param retention how long article ids, stories and alerts are remembered (dedup window)
     * @param maxRecordBytes larger raw records go to the dead-letter topic
     * @param metrics where counters go
     */
    public static Topology build(Topics topics, ArticleEnricher enricher, WatchRegistry watches, Duration retention,
            int maxRecordBytes, MeterRegistry metrics) {
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
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryStep.ALERTED),
                Serdes.String(), Serdes.Long()));

        KStream<String, EnrichResult> enriched = builder.stream(topics.articlesRaw(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .processValues(() -> new EnrichStep(enricher, retention, maxRecordBytes, metrics),
                        Named.as("enrich"), EnrichStep.VERSIONS)
                .split(Named.as("enrich-"))
                .branch((id, result) -> result.isFailure(), Branched.withConsumer(failed -> failed
                        .mapValues(EnrichResult::deadLetter)
                        .to(topics.deadLetters(), Produced.with(Serdes.String(), JsonSerde.of(DeadLetter.class)))))
                .defaultBranch(Branched.as("ok"))
                .get("enrich-ok");

        enriched.mapValues(EnrichResult::article)
                .to(topics.articlesEnriched(), Produced.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class)));

        KStream<String, StoryOutcome> outcomes = enriched
                .mapValues(EnrichResult::storyRequest)
                .repartition(Repartitioned.with(Serdes.String(), STORY_REQUEST).withName("story-requests")
                        .withNumberOfPartitions(1))
                .process(() -> new StoryStep(retention, metrics), Named.as("story"),
                        StoryStep.ARTICLE_STORIES, StoryStep.SENTENCES, StoryStep.ALERTED);

        // alerts raised outside the stream (backfills) join the alert-once memory of the story step
        builder.stream(topics.alerts(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("raised-alerts")
                        .withNumberOfPartitions(1))
                .process(RaisedAlertRecorder::new, Named.as("raised-alerts"), StoryStep.ALERTED);

        outcomes.mapValues(StoryOutcome::assignment)
                .to(topics.stories(), Produced.with(Serdes.String(), JsonSerde.of(StoryAssignment.class)));
        outcomes.flatMap((id, outcome) -> outcome.alerts().stream()
                        .map(alert -> KeyValue.pair(alert.watchId(), alert)).toList())
                .to(topics.alerts(), Produced.with(Serdes.String(), JsonSerde.of(Alert.class)));

        return builder.build();
    }
}
