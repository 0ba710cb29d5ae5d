package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.RawArticle;
import dev.rasd.enrich.language.Detection;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.story.Fingerprint;
import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The stateless part of enrichment, one article at a time: language, named entities (Arabic articles only: the
 * model is trained on Arabic news), watch matches and the story fingerprint (sentence hashes). Pure: no Kafka in here, so the
 * command line ({@code rasd enrich}) and the topology share it. Thread-safe.
 */
public final class ArticleEnricher {

    private final LanguageDetector languages;
    private final BiFunction<String, String, List<EntityMention>> entities;
    private final Supplier<WatchMatcher> watches;

    /**
     * @param languages the language detector
     * @param entities the entity mentions in a field ({@code title} or {@code text}) and its value:
     *     {@code EntityRecognizer.shipped()::recognize}
     * @param watches the current watches, asked once per article
     */
    public ArticleEnricher(LanguageDetector languages,
                           BiFunction<String, String, List<EntityMention>> entities,
                           Supplier<WatchMatcher> watches) {
        this.languages = languages;
        this.entities = entities;
        this.watches = watches;
    }

    /** Enriches {@code raw} as the first version of its article; {@code now} is the enrichment time. */
    public Enrichment enrich(RawArticle raw, Instant now) {
        return enrich(raw, 0, now);
    }

    /**
     * Enriches {@code raw} as version {@code revision} of its article (0 for the first); {@code now} is the enrichment
     * time written into the article. The article has no story yet: that is the story step's to give.
     */
    public Enrichment enrich(RawArticle raw, int revision, Instant now) {
        String title = raw.title() == null ? "" : raw.title();
        String text = raw.text() == null ? "" : raw.text();
        Detection language = languages.detect(title + "\n" + text);
        List<EntityMention> mentions = new ArrayList<>();
        if ("ar".equals(language.tag())) {
            mentions.addAll(entities.apply(EntityMention.TITLE, title));
            mentions.addAll(entities.apply(EntityMention.TEXT, text));
        }
        List<WatchMatch> matches = watches.get().match(new WatchDocument(title, text,
                EntityMention.canonicalNames(mentions, EntityType.PER),
                EntityMention.canonicalNames(mentions, EntityType.ORG),
                EntityMention.canonicalNames(mentions, EntityType.LOC), raw.source(), language.tag(), raw.feedId()));
        EnrichedArticle article = EnrichedArticle.of(raw, revision, language.tag(), language.confidence(), mentions,
                matches.stream().map(WatchMatch::watchId).sorted().toList(), now);
        Fingerprint fingerprint = Fingerprint.of(text.isBlank() ? title : text);
        return new Enrichment(article, fingerprint.sentences(), matches);
    }
}
