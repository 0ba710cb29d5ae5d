package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
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
 * The stateful step, on one partition so it sees every article: drops re-deliveries (same id, same content),
 * marks revisions (same id, changed content), gives each article a story (near-duplicates across sources share
 * one), and raises an alert only the first time a watch matches a story. State older than the retention window is
 * forgotten by an hourly sweep.
 */
final class StoryStep implements Processor<String, Enrichment, String, StoryOutcome> {

    static final String ARTICLES = "articles";
    static final String SENTENCES = "story-sentences";
    static final String ALERTED = "alerted";

    private static final Logger LOG = LoggerFactory.getLogger(StoryStep.class);

    private final Duration retention;
    private final Counter duplicates;
    private final Counter revisions;
    private final Counter alertsRaised;
    private ProcessorContext<String, StoryOutcome> context;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<Long, StoryCandidate> sentences;
    private KeyValueStore<String, Long> alerted;
    private StoryClusters clusters;

    StoryStep(Duration retention, MeterRegistry metrics) {
        this.retention = retention;
        this.duplicates = metrics.counter("rasd.enrich.duplicates");
        this.revisions = metrics.counter("rasd.enrich.revisions");
        this.alertsRaised = metrics.counter("rasd.enrich.alerts");
    }

    @Override
    public void init(ProcessorContext<String, StoryOutcome> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES);
        this.sentences = context.getStateStore(SENTENCES);
        this.alerted = context.getStateStore(ALERTED);
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
    public void process(Record<String, Enrichment> record) {
        Enrichment enrichment = record.value();
        EnrichedArticle article = enrichment.article();
        long now = System.currentTimeMillis();
        ArticleState known = articles.get(article.id());
        if (known != null && known.contentHash() != null && known.contentHash().equals(article.contentHash())) {
            duplicates.increment();
            LOG.debug("article {} dropped: re-delivered with the same content", article.id());
            return;
        }
        int revision = known == null ? 0 : known.revision() + 1;
        String storyId = known != null ? known.storyId()
                : clusters.assign(article.id(), new Fingerprint(enrichment.sentences()), now);
        articles.put(article.id(), new ArticleState(article.contentHash(), storyId, revision, now));
        if (revision > 0) {
            revisions.increment();
        }
        EnrichedArticle finished = new EnrichedArticle(article.schemaVersion(), article.id(), article.url(),
                article.canonicalUrl(), article.feedId(), article.source(), article.title(), article.summary(),
                article.text(), article.author(), article.publishedAt(), article.firstSeenAt(), article.fetchedAt(),
                article.imageUrl(), article.categories(), article.contentHash(), article.extraction(),
                article.language(), article.languageConfidence(), article.entities(), storyId, revision,
                article.watches(), article.enrichedAt());
        List<Alert> alerts = new ArrayList<>();
        for (WatchMatch match : enrichment.matches()) {
            String key = Alert.idOf(match.watchId(), storyId);
            if (alerted.get(key) == null) {
                alerted.put(key, now);
                alerts.add(new Alert(SchemaVersion.CURRENT, key, match.watchId(), article.id(), storyId, article.url(),
                        article.title(), article.source(), article.language(), article.publishedAt(),
                        article.fetchedAt(), match.matchedTerms(), match.snippet(), Instant.ofEpochMilli(now)));
                alertsRaised.increment();
                LOG.info("alert {}: watch {} matched article {} ({})", key, match.watchId(), article.id(), article.url());
            }
        }
        context.forward(record.withValue(new StoryOutcome(finished, alerts)));
    }

    private void forgetOlderThanRetention(long nowMillis) {
        long cutoff = nowMillis - retention.toMillis();
        int forgotten = 0;
        try (KeyValueIterator<String, ArticleState> all = articles.all()) {
            while (all.hasNext()) {
                KeyValue<String, ArticleState> entry = all.next();
                if (entry.value.seenAtMillis() < cutoff) {
                    articles.delete(entry.key);
                    forgotten++;
                }
            }
        }
        try (KeyValueIterator<String, Long> all = alerted.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < cutoff) {
                    alerted.delete(entry.key);
                }
            }
        }
        try (KeyValueIterator<Long, StoryCandidate> all = sentences.all()) {
            while (all.hasNext()) {
                KeyValue<Long, StoryCandidate> entry = all.next();
                if (entry.value.seenAtMillis() < cutoff) {
                    sentences.delete(entry.key);
                }
            }
        }
        if (forgotten > 0) {
            LOG.info("forgot {} articles older than {}", forgotten, retention);
        }
    }
}
