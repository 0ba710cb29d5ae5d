package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.enrich.language.Detection;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.story.Fingerprint;
import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stateless part of enrichment, one article at a time: language, named entities (Arabic articles only: the
 * model is trained on Arabic news), watch matches and the story fingerprint (sentence hashes). Pure: no Kafka in here, so the
 * command line ({@code rasd enrich}) and the topology share it. Thread-safe.
 */
public final class ArticleEnricher {

    private final LanguageDetector languages;
    private final Function<String, List<dev.rasd.enrich.entities.EntityMention>> entities;
    private final Supplier<WatchMatcher> watches;

    /**
     * @param languages the language detector
     * @param entities the entity mentions in a title or text: {@code EntityRecognizer.shipped()::recognize}
     * @param watches the current watches, asked once per article
     */
    public ArticleEnricher(LanguageDetector languages,
                           Function<String, List<dev.rasd.enrich.entities.EntityMention>> entities,
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
            mentions.addAll(mentionsIn(EntityMention.TITLE, title));
            mentions.addAll(mentionsIn(EntityMention.TEXT, text));
        }
        EnrichedArticle article = new EnrichedArticle(SchemaVersion.CURRENT, raw.id(), raw.url(), raw.canonicalUrl(),
                raw.feedId(), raw.source(), raw.title(), raw.summary(), raw.text(), raw.author(), raw.publishedAt(),
                raw.firstSeenAt(), raw.fetchedAt(), raw.imageUrl(), raw.categories(), raw.contentHash(),
                raw.extraction(), language.tag(), language.confidence(), mentions, null, revision, List.of(), now);
        List<WatchMatch> matches = watches.get().match(new WatchDocument(title, text,
                article.canonicalNames(EntityType.PER), article.canonicalNames(EntityType.ORG),
                article.canonicalNames(EntityType.LOC), raw.source(), language.tag(), raw.feedId()));
        Fingerprint fingerprint = Fingerprint.of(text.isBlank() ? title : text);
        return new Enrichment(withWatches(article, matches), fingerprint.sentences(), matches);
    }

    private List<EntityMention> mentionsIn(String field, String value) {
        return entities.apply(value).stream()
                .map(m -> new EntityMention(m.text(), m.canonical(), EntityType.valueOf(m.type().name()), field,
                        m.start(), m.end()))
                .toList();
    }

    private static EnrichedArticle withWatches(EnrichedArticle a, List<WatchMatch> matches) {
        if (matches.isEmpty()) {
            return a;
        }
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(), a.feedId(), a.source(),
                a.title(), a.summary(), a.text(), a.author(), a.publishedAt(), a.firstSeenAt(), a.fetchedAt(),
                a.imageUrl(), a.categories(), a.contentHash(), a.extraction(), a.language(), a.languageConfidence(),
                a.entities(), a.storyId(), a.revision(), matches.stream().map(WatchMatch::watchId).sorted().toList(),
                a.enrichedAt());
    }
}
