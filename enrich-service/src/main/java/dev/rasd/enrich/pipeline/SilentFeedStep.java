package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.SilentFeedWatch;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the feed-status topic (keyed by feed id) and raises one {@link Alert.Kind#SILENT_FEED} alert per silence
 * episode of a feed for every operator watch of silent feeds ({@link SilentFeedWatch}), keyed by watch id for the
 * alerts topic. An episode starts with the first {@link FeedState#SILENT} status of a feed and ends with its next
 * status of another state; the changelogged {@link #SILENT} store remembers the feeds in an episode, so a restart
 * does not alert again. An operator watch added during an episode hears of the next one. A status that cannot be
 * read is skipped, logged and counted: index-service reads the same records and shows them.
 */
final class SilentFeedStep implements Processor<String, byte[], String, Alert> {

    /** The store of the feeds in a silence episode: feed id to when the episode was seen to start (epoch ms). */
    static final String SILENT = "silent-feeds";

    private static final JsonSerde<FeedStatus> STATUS = JsonSerde.of(FeedStatus.class);
    private static final Logger LOG = LoggerFactory.getLogger(SilentFeedStep.class);

    private final WatchRegistry watches;
    private final Clock clock;
    private final Counter silences;
    private final Counter unreadable;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Long> silent;

    SilentFeedStep(WatchRegistry watches, Clock clock, MeterRegistry metrics) {
        this.watches = watches;
        this.clock = clock;
        this.silences = metrics.counter("rasd.enrich.silent-feeds");
        this.unreadable = metrics.counter("rasd.enrich.feed-status.unreadable");
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.silent = context.getStateStore(SILENT);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        FeedStatus status;
        try {
            status = record.value() == null ? null : STATUS.deserialize(null, record.value());
        } catch (SerializationException e) {
            unreadable.increment();
            LOG.warn("feed status {} skipped: {}", record.key(), e.getMessage());
            return;
        }
        if (record.key() == null) {
            return;
        }
        if (status == null || status.state() != FeedState.SILENT) {
            silent.delete(record.key());
            return;
        }
        if (silent.get(record.key()) != null) {
            return;
        }
        Instant now = clock.instant();
        silent.put(record.key(), now.toEpochMilli());
        silences.increment();
        List<Watch> operators = watches.active().stream().filter(SilentFeedWatch::is).toList();
        LOG.info("feed {} is silent: nothing published since {}, usual gap {} s; alerting {} operator watches",
                status.feedId(), status.lastPublishedAt(), status.usualGapSeconds(), operators.size());
        for (Watch watch : operators) {
            context.forward(record.withKey(watch.id()).withValue(alertOf(watch.id(), status, now)));
        }
    }

    /** The one place a silent-feed alert is made: the feed, since when it is silent, and its usual gap. */
    private static Alert alertOf(String watchId, FeedStatus status, Instant now) {
        String since = status.lastPublishedAt() == null ? "its first item" : status.lastPublishedAt().toString();
        String usual = status.usualGapSeconds() == null ? "unknown"
                : Duration.ofSeconds(status.usualGapSeconds()).toString().substring(2).toLowerCase();
        return new Alert(SchemaVersion.CURRENT, watchId + ":silent:" + status.feedId() + ":" + since, watchId, null,
                null, status.url(), "feed " + status.feedId() + " is silent", status.feedId(), null,
                null, null, List.of(),
                "feed " + status.feedId() + " has published nothing since " + since + "; its usual gap is " + usual,
                now, Alert.Kind.SILENT_FEED, 0, null, null);
    }
}
