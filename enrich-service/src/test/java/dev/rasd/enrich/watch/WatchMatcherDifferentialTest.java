package dev.rasd.enrich.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.arabic.RasdAnalyzer;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.Test;

/**
 * {@link WatchMatcher} against the plainest percolator: every watch's query run on a {@link MemoryIndex} of the whole
 * article, analysed by an analyzer without a term cache. Random watches of every kind the matcher treats apart
 * (terms, boolean operators, phrases, wildcards, fields, boosts) on random articles made of words that appear in them
 * with clitics, diacritics and spelling variants, and of phrases whose first word carries a proclitic.
 */
class WatchMatcherDifferentialTest {

    /** Words as a watch names them. */
    private static final List<String> WORDS = List.of("داعش", "سوريا", "العراق", "بايدن", "تحالف", "مصر", "البيت",
            "الأبيض", "الأمم", "المتحدة", "وزارة", "الدفاع", "مستشفى", "الجزيرة", "إيران", "نفط", "sanction", "Biden",
            "كوفيد-19", "2024", "حزب", "الله", "وزير", "الخارجية");
    /** Phrases as a watch names them; their first words take proclitic forms the stemmer keeps whole. */
    private static final List<String> PHRASES = List.of("حزب الله", "وزير الخارجية", "جو بايدن", "الأمم المتحدة",
            "البيت الأبيض", "ريم علي", "مصر الجديدة");
    /** The phrases as articles write them, with a proclitic on the first word, and false friends. */
    private static final List<String> ARTICLE_PHRASES = List.of("لحزب الله", "وحزب الله", "فحزب الله", "كحزب الله",
            "بحزب الله", "حزب الله", "حزب لله", "لوزير الخارجية", "ووزير الخارجية", "لجو بايدن", "وللأمم المتحدة",
            "بالبيت الأبيض", "كريم علي", "لريم علي", "مصراتة الجديدة", "ولمصر الجديدة");
    /** The same words as articles write them, and words no watch names. */
    private static final List<String> ARTICLE_WORDS = List.of("لداعش", "دَاعِش", "داعـــش", "وسوريا", "سوريا",
            "بالعراق", "العراق", "وبايدن", "بايدن", "والتحالف", "تحالف", "مصر", "مصراتة", "المصرفي", "بالبيت", "البيت",
            "الابيض", "الأبيض", "للأمم", "المتحدة", "الوزير", "وزارة", "الدفاع", "مستشفي", "الجزيره", "لإيران",
            "النفط", "sanctions", "Biden's", "كوفيد-١٩", "2024", "قال", "في", "على", "أمس", "الرئيس", "ـــ", "مسؤول");
    private static final List<String> NAMES = List.of("جو بايدن", "علي خامنئي", "البيت الأبيض", "الأمم المتحدة",
            "دمشق", "بغداد");

    private static final Analyzer PLAIN = new PerFieldAnalyzerWrapper(new RasdAnalyzer(), Map.of(
            WatchFields.SOURCE, new KeywordAnalyzer(), WatchFields.LANGUAGE, new KeywordAnalyzer(),
            WatchFields.FEED_ID, new KeywordAnalyzer()));

    @Test
    void matchesExactlyWhatEveryQueryMatchesOnTheWholeArticle() {
        Random random = new Random(20261125);
        List<Watch> watches = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            watches.add(Watch.of("w" + i, randomQuery(random)));
        }
        List<WatchQuery> queries = watches.stream().map(w -> WatchQuery.parse(w.query())).toList();
        WatchMatcher matcher = WatchMatcher.of(watches);
        int matches = 0;
        // once cold and once with every word in the term cache
        for (int pass = 0; pass < 2; pass++) {
            Random articles = new Random(42);
            for (int a = 0; a < 150; a++) {
                WatchDocument article = randomArticle(articles);
                MemoryIndex index = indexOf(article);
                Set<String> expected = new TreeSet<>();
                for (int w = 0; w < watches.size(); w++) {
                    if (index.search(queries.get(w).query()) > 0) {
                        expected.add(watches.get(w).id());
                    }
                }
                Set<String> matched = new TreeSet<>();
                matcher.match(article).forEach(m -> matched.add(m.watchId()));

                assertThat(matched).as("pass %d, article %s", pass, article).isEqualTo(expected);
                matches += matched.size();
            }
        }
        assertThat(matches).as("matches of all kinds, not a test of empty sets").isGreaterThan(10_000);
    }

    /**
     * Watches changed one at a time ({@link WatchRegistry#put}, {@link WatchRegistry#remove}) match what a matcher
     * built at once from the same watches matches, through enough changes for the registry to both patch its index
     * and build it anew.
     */
    @Test
    void watchesChangedOneAtATimeMatchWhatTheSameWatchesBuiltAtOnceMatch() {
        Random random = new Random(7);
        // from no watches, so that the first changes bring terms the index does not have yet
        Map<String, Watch> current = new LinkedHashMap<>();
        WatchRegistry registry = new WatchRegistry();
        int compared = 0;
        for (int change = 1; change <= 400; change++) {
            String id = "w" + random.nextInt(200);
            switch (random.nextInt(4)) {
                case 0 -> {
                    registry.remove(id);
                    current.remove(id);
                }
                case 1 -> {
                    Watch disabled = new Watch(SchemaVersion.CURRENT, id, id, randomQuery(random), List.of(), null,
                            false, Instant.now());
                    registry.put(disabled);
                    current.remove(id);
                }
                default -> {
                    Watch watch = Watch.of(id, randomQuery(random));
                    registry.put(watch);
                    current.put(id, watch);
                }
            }
            if (change <= 30 || change % 25 == 0) {
                WatchMatcher builtAtOnce = WatchMatcher.of(current.values());
                Random articles = new Random(change);
                for (int a = 0; a < 20; a++) {
                    WatchDocument article = randomArticle(articles);
                    assertThat(ids(registry.matcher().match(article))).as("after %d changes, article %s", change,
                            article).isEqualTo(ids(builtAtOnce.match(article)));
                    compared += builtAtOnce.match(article).size();
                }
                assertThat(registry.matcher().size()).isEqualTo(current.size());
            }
        }
        assertThat(compared).as("matches compared, not empty sets").isGreaterThan(1_000);
    }

    private static Set<String> ids(List<WatchMatch> matches) {
        Set<String> ids = new TreeSet<>();
        matches.forEach(m -> ids.add(m.watchId()));
        return ids;
    }

    private static String randomQuery(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> word(random);
            case 1 -> word(random) + " AND " + word(random);
            case 2 -> word(random) + " OR " + word(random) + " " + word(random);
            case 3 -> "\"" + (random.nextBoolean() ? PHRASES.get(random.nextInt(PHRASES.size()))
                    : word(random) + " " + word(random)) + "\"" + (random.nextBoolean() ? "~1" : "");
            case 4 -> word(random) + " NOT " + word(random);
            case 5 -> "(" + word(random) + " OR " + word(random) + ") AND " + word(random);
            case 6 -> word(random).substring(0, 2) + "*" + (random.nextBoolean() ? " AND " + word(random) : "");
            case 7 -> List.of("person:", "org:", "location:").get(random.nextInt(3))
                    + NAMES.get(random.nextInt(NAMES.size())).split(" ")[0] + " OR " + word(random);
            default -> word(random) + "^" + random.nextInt(2) + " AND " + (random.nextBoolean()
                    ? "source:wire" : "language:ar");
        };
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static WatchDocument randomArticle(Random random) {
        return new WatchDocument(words(random, 1 + random.nextInt(6)), words(random, random.nextInt(120)),
                names(random), names(random), names(random), random.nextBoolean() ? "wire" : "other",
                random.nextInt(4) == 0 ? "en" : "ar", null);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(6) == 0 ? ARTICLE_PHRASES.get(random.nextInt(ARTICLE_PHRASES.size()))
                    : ARTICLE_WORDS.get(random.nextInt(ARTICLE_WORDS.size())))
                    .append(random.nextInt(8) == 0 ? "، " : " ");
        }
        return text.toString();
    }

    private static List<String> names(Random random) {
        List<String> names = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            names.add(NAMES.get(random.nextInt(NAMES.size())));
        }
        return names;
    }

    /** The article as the percolator indexes it: every field, every token. */
    private static MemoryIndex indexOf(WatchDocument article) {
        MemoryIndex index = new MemoryIndex();
        index.addField(WatchFields.TITLE, article.title(), PLAIN);
        index.addField(WatchFields.TEXT, article.text(), PLAIN);
        addValues(index, WatchFields.PERSON, article.persons());
        addValues(index, WatchFields.ORG, article.organizations());
        addValues(index, WatchFields.LOCATION, article.locations());
        addKeyword(index, WatchFields.SOURCE, article.source());
        addKeyword(index, WatchFields.LANGUAGE, article.language());
        return index;
    }

    private static void addValues(MemoryIndex index, String field, List<String> values) {
        if (!values.isEmpty()) {
            index.addField(field, PLAIN.tokenStream(field, String.join(" ", values)));
        }
    }

    private static void addKeyword(MemoryIndex index, String field, String value) {
        if (value != null) {
            index.addField(field, value, PLAIN);
        }
    }
}
