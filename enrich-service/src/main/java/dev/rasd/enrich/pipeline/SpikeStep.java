package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.SpikeFigures;
import dev.rasd.contract.SpikeRule;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spike step, right after the story step on its one partition: the new-story alerts of a spike watch (one per
 * story) are its stream of matching stories. It counts them per watch and hour in the changelogged
 * {@link #HOURS} store and raises at most one {@link Alert.Kind#SPIKE} alert per watch and hour when
 * {@link SpikeDetector} finds a spike, keyed by watch id for the alerts topic. Stories of a backfill only count
 * (they are the watch's past, and give a new spike watch its baseline); live stories are also checked. Counts older
 * than the baseline window, or of watches that are no longer spike watches, are forgotten by an hourly sweep.
 */
final class SpikeStep implements Processor<String, StoryOutcome, String, Alert> {

    /** The store of the hours of the spike watches, keyed {@code watchId + SEPARATOR + hour start}. */
    static final String HOURS = "spike-hours";

    private static final char SEPARATOR = '\u0000';
    private static final DateTimeFormatter HOUR_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(SpikeStep.class);

    private final WatchRegistry watches;
    private final Clock clock;
    private final Counter spikes;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, SpikeHour> hours;

    SpikeStep(WatchRegistry watches, Clock clock, MeterRegistry metrics) {
        this.watches = watches;
        this.clock = clock;
        this.spikes = metrics.counter("rasd.enrich.spikes");
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.hours = context.getStateStore(HOURS);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, ignored -> forgetOldHours());
    }

    @Override
    public void process(Record<String, StoryOutcome> record) {
        boolean live = record.value().story() != null;
        for (Alert story : record.value().alerts()) {
            Optional<Watch> watch = watches.find(story.watchId()).filter(w -> w.spike() != null);
            if (story.kind() == Alert.Kind.NEW && watch.isPresent()) {
                count(watch.get(), story, live, clock.instant())
                        .ifPresent(spike -> context.forward(record.withKey(spike.watchId()).withValue(spike)));
            }
        }
    }

    /** Counts the story in its hour; the spike alert when a live story makes the hour a spike for the first time. */
    private Optional<Alert> count(Watch watch, Alert story, boolean live, Instant now) {
        SpikeRule rule = watch.spike();
        Instant hour = SpikeDetector.hourOf(SpikeDetector.storyTime(story, now));
        if (!SpikeDetector.isKept(rule, hour, now)) {
            return Optional.empty();
        }
        String key = keyOf(watch.id(), hour);
        SpikeHour counted = Optional.ofNullable(hours.get(key)).orElse(SpikeHour.EMPTY).plus(story);
        Optional<SpikeFigures> figures = live && !counted.raised() && SpikeDetector.isChecked(hour, now)
                ? check(watch, hour, counted) : Optional.empty();
        hours.put(key, figures.isPresent() ? counted.withSpikeRaised() : counted);
        return figures.map(found -> spikeAlert(watch.id(), found, counted.top().getFirst(), now));
    }

    private Optional<SpikeFigures> check(Watch watch, Instant hour, SpikeHour counted) {
        Map<Instant, Integer> counts = new HashMap<>();
        Instant since = watch.createdAt() == null ? hour : watch.createdAt();
        try (KeyValueIterator<String, SpikeHour> all = hours.range(watch.id() + SEPARATOR,
                watch.id() + (char) (SEPARATOR + 1))) {
            while (all.hasNext()) {
                KeyValue<String, SpikeHour> entry = all.next();
                Instant start = hourOfKey(entry.key);
                counts.put(start, entry.value.stories());
                since = start.isBefore(since) ? start : since;
            }
        }
        return SpikeDetector.check(watch.spike(), hour, counted.stories(), counted.topStoryIds(), since, counts);
    }

    /** The one place a spike alert is made: it names the hour's figures and shows its first story. */
    private Alert spikeAlert(String watchId, SpikeFigures figures, Alert top, Instant now) {
        String id = watchId + ":spike:" + HOUR_ID.format(figures.hourStart());
        String snippet = String.format(Locale.ROOT, "%d stories in the hour from %s UTC, usually %.1f; first: %s",
                figures.stories(), HOUR_SHOWN.format(figures.hourStart()), figures.baseline(), top.snippet());
        spikes.increment();
        LOG.info("alert {}: watch {} matched {} stories in the hour from {}, usually {}", id, watchId,
                figures.stories(), figures.hourStart(), String.format(Locale.ROOT, "%.1f", figures.baseline()));
        return new Alert(SchemaVersion.CURRENT, id, watchId, top.articleId(), top.storyId(), top.url(), top.title(),
                top.source(), top.language(), top.publishedAt(), top.fetchedAt(), top.matchedTerms(), snippet, now,
                Alert.Kind.SPIKE, 0, null, figures);
    }

    private void forgetOldHours() {
        Instant now = clock.instant();
        int forgotten = 0;
        try (KeyValueIterator<String, SpikeHour> all = hours.all()) {
            while (all.hasNext()) {
                String key = all.next().key;
                Optional<SpikeRule> rule = watches.find(key.substring(0, key.indexOf(SEPARATOR))).map(Watch::spike);
                if (rule.isEmpty() || !SpikeDetector.isKept(rule.get(), hourOfKey(key), now)) {
                    hours.delete(key);
                    forgotten++;
                }
            }
        }
        if (forgotten > 0) {
            LOG.info("forgot {} hourly spike counts past their baseline window or of watches without a spike rule",
                    forgotten);
        }
    }

    private static String keyOf(String watchId, Instant hour) {
        return watchId + SEPARATOR + hour;
    }

    private static Instant hourOfKey(String key) {
        return Instant.parse(key.substring(key.indexOf(SEPARATOR) + 1));
    }
}
