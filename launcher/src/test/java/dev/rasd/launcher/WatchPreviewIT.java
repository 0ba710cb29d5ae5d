package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.enrich.watch.WatchQuery;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import dev.rasd.index.template.TemplateInstaller;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code rasd watch test} agrees exactly with the live watch matcher: on a corpus of Arabic articles with clitics,
 * diacritics and tatweel, false friends, entities, languages and articles outside the window, indexed in the real
 * embedded Elasticsearch with the {@code rasd_arabic} analyzer, the preview of each query matches exactly the articles
 * of the window that {@link WatchMatcher} matches when given each article as enrich-service gives it.
 */
@ExtendWith(RasdStackExtension.class)
class WatchPreviewIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Duration WINDOW = Duration.ofDays(30);

    private static final List<EnrichedArticle> CORPUS = List.of(
            article("isis-clitic", "هجوم في الأنبار", "هاجم مسلحون موالون لداعش قرية في الأنبار فجر اليوم", 1),
            article("isis-diacritics", "بيان", "أعلن تنظيم دَاعِش مسؤوليته عن الهجوم على الحاجز", 2),
            article("isis-tatweel", "انسحاب", "مقاتلو داعـــش ينسحبون من المدينة بعد معارك عنيفة", 3),
            article("isis-title", "داعش يتبنى التفجير", "تبنى التنظيم التفجير في بيان نشره على الإنترنت", 4),
            article("isis-old", "داعش قبل شهرين", "خبر قديم عن داعش خارج النافذة", 60 * 24),
            undated("isis-undated", "خبر بلا تاريخ", "قالت مصادر إن عناصر داعش انتشروا في البادية", 5),
            inLanguage(article("isis-farsi", "داعش", "گروه داعش در سوریه حمله کرد", 6), "fa"),
            inLanguage(article("isis-english", "ISIS attack", "ISIS fighters attacked a village near Mosul", 7), "en"),
            inStory(article("coalition", "التحالف الدولي", "أعلن قادة والتحالف الدولي عن خطة جديدة لمواجهة داعش", 8),
                    "story-coalition"),
            inStory(from(article("coalition-copy", "خطة للتحالف", "أعلن قادة والتحالف الدولي عن خطة جديدة", 9),
                    "aljazeera", "الجزيرة"), "story-coalition"),
            article("misrata", "ليبيا", "وصلت قافلة المساعدات إلى مصراتة مساء أمس", 10),
            article("bank", "اقتصاد", "رفع مصرف ليبيا المركزي سعر الفائدة", 11),
            article("egypt", "زيارة", "وصل وفد من مصر إلى عمان لبحث التعاون", 12),
            article("egypt-clitic", "دعم", "قدمت الحكومة دعما لمصر والأردن", 13),
            article("egypt-and-misrata", "ميناء", "وقعت مصر اتفاقا لتطوير ميناء مصراتة", 14),
            article("hezbollah", "لبنان", "صدر بيان لحزب الله مساء أمس", 15),
            article("hezbollah-false", "رأي", "تصرف كحزب اللهو لا كحزب الحكم", 16),
            withEntities(article("un", "تقرير", "قال تقرير للأمم المتحدة إن الأوضاع تدهورت", 17),
                    new EntityMention("الأمم المتحدة", "الأمم المتحدة", EntityType.ORG, EntityMention.TEXT, 11, 24)),
            withEntities(article("haftar", "حفتر يزور بنغازي", "قال المشير خليفة حفتر إن قواته وصلت", 18),
                    new EntityMention("حفتر", "حفتر", EntityType.PER, EntityMention.TITLE, 0, 4),
                    new EntityMention("بنغازي", "بنغازي", EntityType.LOC, EntityMention.TITLE, 10, 16),
                    new EntityMention("خليفة حفتر", "خليفة حفتر", EntityType.PER, EntityMention.TEXT, 11, 21)),
            article("haftar-no-entity", "ليبيا", "ذكرت الصحيفة اسم حفتر في مقالها", 19),
            withEntities(article("biden", "واشنطن", "استقبل بايدن ضيفه في البيت الأبيض", 20),
                    new EntityMention("بايدن", "جو بايدن", EntityType.PER, EntityMention.TEXT, 7, 12)),
            article("biden-elsewhere", "واشنطن", "تحدث بايدن في نيويورك عن البيت والأبيض", 21),
            article("opec", "نفط", "ارتفعت أسعار النفط بعد اجتماع أوبك", 22));

    private static final List<String> QUERIES = List.of(
            "داعش", "تحالف", "مصر", "مصر NOT مصراتة", "\"حزب الله\"", "\"الأمم المتحدة\"", "داعش AND تحالف",
            "داعش OR أوبك", "(داعش OR حفتر) AND NOT title:داعش", "title:داعش", "person:حفتر", "persons:حفتر",
            "org:\"الأمم المتحدة\"", "location:بنغازي", "بايدن AND \"البيت الأبيض\"", "source:الجزيرة", "isis",
            "داع*", "NOT داعش");

    @Test
    void thePreviewMatchesExactlyWhatTheLiveMatcherMatchesInTheWindow(TestStack stack) throws IOException {
        try (ElasticsearchClient client = client(stack)) {
            IndexNames names = indexCorpus(client, stack.indexPrefix(), IndexTemplates.RASD_ARABIC);
            WatchPreview preview = new WatchPreview(client, names, Clock.fixed(NOW, ZoneOffset.UTC));

            for (String query : QUERIES) {
                for (List<String> languages : List.of(List.<String>of(), List.of("ar"))) {
                    Watch watch = watch(query, languages);
                    WatchPreview.Result result = preview.run(watch, WINDOW);

                    assertThat(ids(result)).as("%s %s", query, languages).isEqualTo(liveMatches(watch));
                    assertThat(result.scanned()).as(query).isEqualTo(query.contains("*") || query.startsWith("NOT"));
                    if (!result.scanned()) {
                        // Elasticsearch selected candidates: fewer than the articles of the window
                        assertThat(result.examined()).as(query).isLessThan(inWindow(languages));
                    }
                }
            }
            // the corpus shows what it is for: what the preview found is what the README promises
            assertThat(ids(preview.run(watch("داعش", List.of()), WINDOW))).contains("isis-clitic", "isis-diacritics",
                    "isis-tatweel", "isis-title", "isis-undated", "isis-farsi").doesNotContain("isis-old");
            assertThat(ids(preview.run(watch("داعش", List.of("ar")), WINDOW))).doesNotContain("isis-farsi");
            assertThat(ids(preview.run(watch("مصر", List.of()), WINDOW))).contains("egypt")
                    .doesNotContain("misrata", "bank");
            assertThat(ids(preview.run(watch("\"حزب الله\"", List.of()), WINDOW))).containsExactly("hezbollah");
            assertThat(ids(preview.run(watch("person:حفتر", List.of()), WINDOW))).containsExactly("haftar");
            assertThat(ids(preview.run(watch("تحالف", List.of()), WINDOW)))
                    .containsExactlyInAnyOrder("coalition", "coalition-copy");
            assertThat(PreviewSummary.of(preview.run(watch("تحالف", List.of()), WINDOW).matches()).stories())
                    .isEqualTo(1);
        }
    }

    @Test
    void indicesAnalysedOtherwiseWouldMissCandidatesSoTheyAreScannedAndStillAgree(TestStack stack) throws IOException {
        try (ElasticsearchClient client = client(stack)) {
            // Elasticsearch's standard analyzer, as the built-in arabic one (not in the embedded distribution),
            // keeps لداعش and دَاعِش as they are written
            IndexNames names = indexCorpus(client, stack.indexPrefix() + "-standard", "standard");
            WatchPreview preview = new WatchPreview(client, names, Clock.fixed(NOW, ZoneOffset.UTC));
            Watch isis = watch("داعش", List.of());
            long byTerm = client.count(c -> c.index(names.articles())
                    .query(CandidateQuery.of(WatchQuery.parse(isis.query()), List.of(), NOW.minus(WINDOW)))).count();
            assertThat(byTerm).as("candidates by term would miss clitic and diacritic forms")
                    .isLessThan(liveMatches(isis).size());

            for (String query : List.of("داعش", "مصر NOT مصراتة", "\"حزب الله\"", "person:حفتر")) {
                Watch watch = watch(query, List.of());
                WatchPreview.Result result = preview.run(watch, WINDOW);

                assertThat(result.scanned()).as(query).isTrue();
                assertThat(ids(result)).as(query).isEqualTo(liveMatches(watch));
            }
        }
    }

    /** The articles of the window the live matcher matches, each given to it as enrich-service gives it. */
    private static Set<String> liveMatches(Watch watch) {
        WatchMatcher matcher = WatchMatcher.of(List.of(watch));
        Instant from = NOW.minus(WINDOW);
        return CORPUS.stream()
                .filter(a -> !ArticleDocument.timeOf(a.publishedAt(), a.fetchedAt(), a.firstSeenAt()).isBefore(from))
                .filter(a -> !matcher.match(liveDocument(a)).isEmpty())
                .map(EnrichedArticle::id)
                .collect(Collectors.toSet());
    }

    /** How many articles of the corpus are in the window, and in one of {@code languages} if any. */
    private static long inWindow(List<String> languages) {
        Instant from = NOW.minus(WINDOW);
        return CORPUS.stream()
                .filter(a -> !ArticleDocument.timeOf(a.publishedAt(), a.fetchedAt(), a.firstSeenAt()).isBefore(from))
                .filter(a -> languages.isEmpty() || languages.contains(a.language()))
                .count();
    }

    /** What {@code ArticleEnricher} gives the matcher for an article. */
    private static WatchDocument liveDocument(EnrichedArticle article) {
        return new WatchDocument(article.title(), article.text(), article.canonicalNames(EntityType.PER),
                article.canonicalNames(EntityType.ORG), article.canonicalNames(EntityType.LOC), article.source(),
                article.language(), article.feedId());
    }

    private static Set<String> ids(WatchPreview.Result result) {
        return result.matches().stream().map(PreviewMatch::id).collect(Collectors.toSet());
    }

    private static Watch watch(String query, List<String> languages) {
        return new Watch(SchemaVersion.CURRENT, "preview", "preview", query, languages, null, true, NOW);
    }

    private static ElasticsearchClient client(TestStack stack) {
        return ElasticsearchClients.create(IndexConfig.fromEnv(Map.of("RASD_ES_URL",
                stack.elasticsearchUrl().toString())));
    }

    /** Installs the templates of {@code prefix} with {@code analyzer} and indexes the corpus as index-service does. */
    private static IndexNames indexCorpus(ElasticsearchClient client, String prefix, String analyzer)
            throws IOException {
        IndexNames names = new IndexNames(prefix);
        new TemplateInstaller(client, new IndexTemplates(names, analyzer), Clock.fixed(NOW, ZoneOffset.UTC))
                .install();
        for (EnrichedArticle article : CORPUS) {
            ArticleDocument document = ArticleDocument.of(article, NOW);
            client.index(i -> i.index(names.articlesIndex(document.time())).id(article.id()).document(document));
        }
        client.indices().refresh(r -> r.index(names.articles()));
        return names;
    }

    private static EnrichedArticle article(String id, String title, String text, int hoursAgo) {
        Instant time = NOW.minus(hoursAgo, ChronoUnit.HOURS);
        return new EnrichedArticle(SchemaVersion.CURRENT, id, "https://example.test/" + id, null, "agency",
                "وكالة الأنباء", title, null, text, null, time, time, time, null, null, null, null, "ar", 0.99,
                List.of(), null, 0, List.of(), time);
    }

    /** An article whose publisher gave no date: its time is when it was fetched. */
    private static EnrichedArticle undated(String id, String title, String text, int hoursAgo) {
        EnrichedArticle a = article(id, title, text, hoursAgo);
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), null, a.feedId(), a.source(), a.title(), null,
                a.text(), null, null, a.firstSeenAt(), a.fetchedAt(), null, null, null, null, a.language(),
                a.languageConfidence(), a.entities(), a.storyId(), 0, List.of(), a.enrichedAt());
    }

    private static EnrichedArticle inLanguage(EnrichedArticle a, String language) {
        return copy(a, a.feedId(), a.source(), language, a.entities(), a.storyId());
    }

    private static EnrichedArticle inStory(EnrichedArticle a, String storyId) {
        return copy(a, a.feedId(), a.source(), a.language(), a.entities(), storyId);
    }

    private static EnrichedArticle from(EnrichedArticle a, String feedId, String source) {
        return copy(a, feedId, source, a.language(), a.entities(), a.storyId());
    }

    private static EnrichedArticle withEntities(EnrichedArticle a, EntityMention... entities) {
        return copy(a, a.feedId(), a.source(), a.language(), List.of(entities), a.storyId());
    }

    private static EnrichedArticle copy(EnrichedArticle a, String feedId, String source, String language,
            List<EntityMention> entities, String storyId) {
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.url(), null, feedId, source, a.title(), null, a.text(),
                null, a.publishedAt(), a.firstSeenAt(), a.fetchedAt(), null, null, null, null, language,
                a.languageConfidence(), entities, storyId, 0, List.of(), a.enrichedAt());
    }
}
