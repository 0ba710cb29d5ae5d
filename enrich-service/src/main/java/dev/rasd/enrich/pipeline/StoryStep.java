package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.enrich.story.Fingerprint;
import dev.rasd.enrich.story.StoryCandidate;
import dev.rasd.enrich.story.StoryClusters;
import dev.rasd.enrich.watch.WatchMatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story step, on one partition so it sees every article: gives each new article a story (near-duplicates across
 * sources share one), lets every revision keep the story of its article, and raises an alert only the first time a
 * watch matches a story, so neither revisions nor syndicated copies alert again. It reads {@link StoryRequest}s,
 * never whole articles: live ones from the parallel step, and backfill ones from {@code rasd watch add --backfill},
 * which go through the same alert-once rule and get no story of their own (their article has one).
 *
 * <p>It also counts the outlets (distinct sources) that carry each story. When a live article brings a story one
 * more outlet, every alert raised on the story is written again, same id and fields, as a
 * {@link Alert.Kind#FOLLOW_UP} with the new count and {@code lastSeenAt}: the alert is updated, not repeated. A
 * backfill request is an article indexed already, counted when it was live, so it adds no outlet. State older than
 * the retention window is forgotten by an hourly sweep.
 */
final class StoryStep implements Processor<String, StoryRequest, String, StoryOutcome> {

    /** The store of the story of every article id. */
    static final String ARTICLE_STORIES = "article-stories";
    /** The store of the story every sentence hash was last seen in. */
    static final String SENTENCES = "story-sentences";
    /** The store of the alerts raised, by id {@code watchId:storyId}, as last written (with their outlets). */
    static final String ALERTS = "raised-alerts";
    /** The store of the outlets and alerted watches of every story, by story id. */
    static final String OUTLETS = "story-outlets";

    /** How stale a story's last-seen time may get before a request that changes nothing else refreshes it. */
    private static final Duration SEEN_REFRESH = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(StoryStep.class);

    private final Duration retention;
    private final Counter alertsRaised;
    private final Counter followUps;
    private ProcessorContext<String, StoryOutcome> context;
    private KeyValueStore<String, StoryCandidate> articleStories;
    private KeyValueStore<Long, StoryCandidate> sentences;
    private KeyValueStore<String, Alert> alerts;
    private KeyValueStore<String, StoryOutlets> outlets;
    private StoryClusters clusters;

    StoryStep(Duration retention, MeterRegistry metrics) {
        this.retention = retention;
        this.alertsRaised = metrics.counter("rasd.enrich.alerts");
        this.followUps = metrics.counter("rasd.enrich.alerts.follow-ups");
    }

    @Override
    public void init(ProcessorContext<String, StoryOutcome> context) {
        this.context = context;
        this.articleStories = context.getStateStore(ARTICLE_STORIES);
        this.sentences = context.getStateStore(SENTENCES);
        this.alerts = context.getStateStore(ALERTS);
        this.outlets = context.getStateStore(OUTLETS);
        this.clusters = new StoryClusters(new StoryClusters.SentenceStore() {
            @Override
            public StoryCandidate get(long sentence) {
                return sentences.get(sentence);
            }

            @Override
            public void put(long sentence, StoryCandidate candidate) {
                sentences.put(sentence, candidate);
            }
        });
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOlderThanRetention);
    }

    @Override
    public void process(Record<String, StoryRequest> record) {
        StoryRequest request = record.value();
        long now = System.currentTimeMillis();
        StoryCandidate known = articleStories.get(request.articleId());
        String storyId;
        if (known != null) {
            storyId = known.storyId();
        } else if (request.isBackfill()) {
            // an indexed article older than the retention window: it keeps the story it was indexed with
            storyId = request.indexedStoryId();
        } else {
            storyId = clusters.assign(request.articleId(), new Fingerprint(request.sentences()), now);
        }
        if (!request.isBackfill()) {
            articleStories.put(request.articleId(), new StoryCandidate(storyId, now));
        }
        StoryOutlets before = Objects.requireNonNullElseGet(outlets.get(storyId), () -> StoryOutlets.none(now));
        StoryOutlets story = request.isBackfill() ? before : before.carriedBy(request.article().source(), now);
        List<Alert> written = new ArrayList<>();
        for (WatchMatch match : request.matches()) {
            String key = Alert.idOf(match.watchId(), storyId);
            // the story's outlets know the watches that alerted on it: no read of the alerts themselves
            if (!story.alertedWatches().contains(match.watchId())) {
                Alert alert = alertOf(key, match, request, storyId, Math.max(1, story.count()), now);
                alerts.put(key, alert);
                story = story.alertedBy(match.watchId(), now);
                written.add(alert);
                alertsRaised.increment();
                LOG.info("alert {}: watch {} matched article {} ({}{})", key, match.watchId(), request.articleId(),
                        request.article().url() == null ? "no link" : request.article().url(),
                        request.isBackfill() ? ", backfill" : "");
            }
        }
        if (story.count() > before.count()) {
            written.addAll(followUps(story, storyId, request.articleId(), now));
        }
        boolean changed = !story.sources().equals(before.sources())
                || !story.alertedWatches().equals(before.alertedWatches());
        if (changed || now - before.seenAtMillis() > SEEN_REFRESH.toMillis()) {
            outlets.put(storyId, story);
        }
        ArticleStory assigned = request.isBackfill() ? null : new ArticleStory(request.revision(), storyId);
        context.forward(record.withValue(new StoryOutcome(assigned, written)));
    }

    /** The follow-ups of the alerts on a story that one more outlet now carries, each stored as its alert's latest. */
    private List<Alert> followUps(StoryOutlets story, String storyId, String articleId, long now) {
        List<Alert> written = new ArrayList<>();
        for (String watchId : story.alertedWatches()) {
            Alert raised = alerts.get(Alert.idOf(watchId, storyId));
            if (raised == null) {
                continue; // forgotten by the retention sweep
            }
            story.followUpOf(raised, Instant.ofEpochMilli(now)).ifPresent(followUp -> {
                alerts.put(followUp.id(), followUp);
                written.add(followUp);
                followUps.increment();
                LOG.info("alert {}: follow-up, story {} now carried by {} outlets (article {})", followUp.id(),
                        storyId, followUp.outlets(), articleId);
            });
        }
        return written;
    }

    /** The one place an alert is made: the first match of a watch in a story, carried by {@code outlets}. */
    private static Alert alertOf(String id, WatchMatch match, StoryRequest request, String storyId, int outlets,
            long now) {
        AlertedArticle article = request.article();
        Instant detectedAt = Instant.ofEpochMilli(now);
        return new Alert(SchemaVersion.CURRENT, id, match.watchId(), request.articleId(), storyId, article.url(),
                article.title(), article.source(), article.language(), article.publishedAt(), article.fetchedAt(),
                match.matchedTerms(), match.snippet(), detectedAt, Alert.Kind.NEW, outlets, detectedAt, null);
    }

    private void forgetOlderThanRetention(long nowMillis) {
        long cutoff = nowMillis - retention.toMillis();
        int forgotten = StoreRetention.forgetOlderThan(articleStories, StoryCandidate::seenAtMillis, cutoff);
        StoreRetention.forgetOlderThan(alerts, alert -> alert.lastSeenAt().toEpochMilli(), cutoff);
        StoreRetention.forgetOlderThan(outlets, StoryOutlets::seenAtMillis, cutoff);
        StoreRetention.forgetOlderThan(sentences, StoryCandidate::seenAtMillis, cutoff);
        if (forgotten > 0) {
            LOG.info("forgot the stories of {} articles older than {}", forgotten, retention);
        }
    }
}
