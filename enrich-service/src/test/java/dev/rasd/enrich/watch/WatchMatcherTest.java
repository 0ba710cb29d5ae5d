package dev.rasd.enrich.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchMatcherTest {

    private static boolean matches(String query, String text) {
        return !WatchMatcher.of(List.of(Watch.of("w", query))).match(WatchDocument.ofText("", text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "داعش, هجوم جديد لداعش في البادية",          // proclitic ل
            "بايدن, التقى وبايدن بالوفد",                  // و + name
            "\"البيت الأبيض\", وصل بالبيت الأبيض أمس",      // ب + article on a phrase
            "\"الأمم المتحدة\", قدم تقريرا للأمم المتحدة",   // لل = ل + ال
            "\"الأمم المتحدة\", وللأمم المتحدة دور",          // و + لل
            "أوباما, قال اوباما إن",                        // hamza on alef
            "اوباما, قال أوباما إن",
            "مستشفى, زار مستشفي المدينة",                  // alef maqsura / yaa
            "الجزيرة, بثت قناة الجزيره الخبر",              // taa marbuta / haa
            "داعش, عناصر دَاعِش في المنطقة",                // diacritics
            "داعش, عناصر داعـــش في المنطقة",              // tatweel
            "كوفيد-19, ارتفاع إصابات كوفيد-١٩ في البلاد",  // Arabic-Indic digits
            "تحالف, قال والتحالف الدولي",                  // conjunction + article
            "الابيض, البيت الأبيض يرد",
            "مصر, زار الرئيس مصر أمس",
            "مصر, عاد إلى مصر",
            "مصر, اتفاق بين مصر والسودان",
            "Biden, Biden's visit to Cairo",              // English possessive
            "sanction, new sanctions on Iran",              // English plural
    })
    void aWatchFindsEveryVariant(String query, String text) {
        assertThat(matches(query, text)).isTrue();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "\"حزب الله\", صدر بيان لحزب الله أمس",          // ل before a three-letter word
            "\"حزب الله\", قال إن حزب الله يرفض",
            "\"حزب الله\", وحزب الله يرفض",
            "\"حزب الله\", فحزب الله لن يقبل",
            "\"حزب الله\", فصائل كحزب الله وحماس",
            "\"حزب الله\", ندد بحزب الله",
            "\"حزب الله\", ولحزب الله نواب",                 // conjunction + preposition
            "\"وزير الخارجية\", قال لوزير الخارجية",          // ل before و, which single words keep
            "\"جو بايدن\", رسالة لجو بايدن",                 // a two-letter first word
            "\"ولي العهد\", بيان لولي العهد",
            "\"رئيس الوزراء\", اتصل برئيس الوزراء",           // ب before ر
            "\"الله أكبر\", ولله أكبر",                       // لل before an article that single words keep
    })
    void aPhraseFindsItsFirstWordWithAnyProclitic(String query, String text) {
        assertThat(matches(query, text)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not fire on {1}")
    @CsvSource({
            "حزب, صدر بيان لحزب الله",                        // a word alone keeps the stemmer's strict rules
            "\"حزب الله\", قال حزب ولله",                      // only the first word may carry one
            "\"مصر الجديدة\", وصلت إلى مصراتة الجديدة",
            "\"مصر الجديدة\", فرع لمصرف الجديدة",
            "\"ريم علي\", قال كريم علي",                       // a name that starts like a proclitic
            "\"مال الدولة\", قال كمال الدولة",
            "\"بنان الجديد\", زار لبنان الجديد",
    })
    void aPhraseDoesNotTakeAWordThatOnlyStartsLikeAProcliticForItsFirstWord(String query, String text) {
        assertThat(matches(query, text)).isFalse();
    }

    @ParameterizedTest(name = "{0} does not fire on {1}")
    @CsvSource({
            "مصر, وصلت القوات إلى مصراتة",
            "مصر, أعلن مصرف ليبيا المركزي",
            "مصر, قال المصرفي إن",
            "داعش, لا ذكر للتنظيم هنا",
            "\"البيت الأبيض\", البيت القديم الأبيض اللون",  // words apart: not the phrase
            "وزارة, زار الوزير",
    })
    void aWatchDoesNotFireOnFalseFriends(String query, String text) {
        assertThat(matches(query, text)).isFalse();
    }

    @Test
    void booleanOperatorsAndGrouping() {
        assertThat(matches("داعش AND سوريا", "هجوم لداعش في سوريا")).isTrue();
        assertThat(matches("داعش AND العراق", "هجوم لداعش في سوريا")).isFalse();
        assertThat(matches("داعش NOT سوريا", "هجوم لداعش في سوريا")).isFalse();
        assertThat(matches("(العراق OR سوريا) AND داعش", "هجوم لداعش في سوريا")).isTrue();
        assertThat(matches("العراق سوريا", "خبر عن سوريا")).as("default operator is OR, as in Kibana").isTrue();
    }

    @Test
    void typedWatchesMatchEntityFieldsAndKibanaFieldNames() {
        WatchDocument article = new WatchDocument("زيارة", "وصل جو بايدن إلى البيت الأبيض",
                List.of("جو بايدن"), List.of("البيت الأبيض"), List.of("واشنطن"), "العربية", "ar", "alarabiya");
        for (String query : List.of("person:بايدن", "persons:\"جو بايدن\"", "org:\"البيت الأبيض\"",
                "location:واشنطن", "source:العربية", "language:ar", "person:بايدن AND location:واشنطن")) {
            assertThat(WatchMatcher.of(List.of(Watch.of("w", query))).match(article)).as(query).hasSize(1);
        }
        for (String query : List.of("person:واشنطن", "language:fa", "source:الجزيرة")) {
            assertThat(WatchMatcher.of(List.of(Watch.of("w", query))).match(article)).as(query).isEmpty();
        }
    }

    @Test
    void reportsTheMatchedTermsAndASnippetMarkingTheSurfaceWords() {
        WatchMatch match = WatchMatcher.of(List.of(Watch.of("coalition", "تحالف AND داعش")))
                .match(WatchDocument.ofText("عنوان", "قال مسؤول والتحالف الدولي يواصل الضغط على داعش في سوريا"))
                .getFirst();
        assertThat(match.watchId()).isEqualTo("coalition");
        assertThat(match.matchedTerms()).containsExactly("تحالف", "داعش");
        assertThat(match.snippet()).isEqualTo("قال مسؤول «والتحالف» الدولي يواصل الضغط على «داعش» في سوريا");
    }

    @Test
    void languageRestrictedWatchesSkipOtherLanguages() {
        Watch arabicOnly = new Watch(SchemaVersion.CURRENT, "w", "w", "Iran", List.of("ar"), null, true, Instant.now());
        WatchMatcher matcher = WatchMatcher.of(List.of(arabicOnly));
        assertThat(matcher.match(new WatchDocument("", "Iran talks", List.of(), List.of(), List.of(), null, "en", null)))
                .isEmpty();
        assertThat(matcher.match(new WatchDocument("", "Iran talks", List.of(), List.of(), List.of(), null, "ar", null)))
                .hasSize(1);
    }

    @Test
    void disabledWatchesNeverMatch() {
        Watch disabled = new Watch(SchemaVersion.CURRENT, "w", "w", "داعش", List.of(), null, false, Instant.now());
        assertThat(WatchMatcher.of(List.of(disabled)).match(WatchDocument.ofText("", "داعش"))).isEmpty();
    }

    @Test
    void amongThousandsOfWatchesOnlyTheMatchingOnesFire() {
        List<Watch> watches = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            watches.add(Watch.of("noise-" + i, "كلمة" + i + " OR \"عبارة " + i + "\""));
        }
        watches.add(Watch.of("isis", "داعش"));
        watches.add(Watch.of("wildcard", "سور*"));
        watches.add(Watch.of("not-isis", "NOT داعش"));
        List<WatchMatch> matches = WatchMatcher.of(watches).match(WatchDocument.ofText("", "هجوم لداعش في سوريا و كلمة17"));
        assertThat(matches).extracting(WatchMatch::watchId).containsExactlyInAnyOrder("isis", "wildcard", "noise-17");
    }

    @Test
    void invalidQueriesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> WatchQuery.parse("داعش AND (")).isInstanceOf(InvalidWatchQueryException.class)
                .hasMessageStartingWith("invalid watch query 'داعش AND (':");
        assertThatThrownBy(() -> WatchQuery.parse(" ")).hasMessage("invalid watch query ' ': empty");
    }

    @Test
    void theRegistryRefusesAnInvalidWatchAndKeepsTheOthers() {
        WatchRegistry registry = new WatchRegistry();
        var refused = registry.putAll(List.of(Watch.of("good", "داعش"), Watch.of("bad", "(((")));
        assertThat(refused).containsOnlyKeys("bad");
        assertThat(registry.matcher().size()).isEqualTo(1);
        registry.put(Watch.of("second", "سوريا"));
        registry.remove("good");
        assertThat(registry.matcher().match(WatchDocument.ofText("", "داعش في سوريا")))
                .extracting(WatchMatch::watchId).containsExactly("second");
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "\"البيت الأبيض\", وصل بالبيت الأبيض أمس, true",
            "\"البيت الأبيض\", البيت القديم الأبيض اللون, false",
            "\"البيت الأبيض\"~1, البيت القديم الأبيض اللون, true",
            "داعش NOT \"البيت الأبيض\", داعش في البيت الأبيض, false",
            "داعش NOT سوريا, هجوم لداعش في سوريا, false",
            "داعش AND (العراق OR سوريا), هجوم لداعش في سوريا, true",
            "داعش^0, هجوم لداعش, false",
    })
    void matchesTheSameWhetherOrNotAnotherWatchNeedsTheWholeText(String query, String text, boolean matches) {
        WatchDocument article = WatchDocument.ofText("", text);
        Watch watch = Watch.of("w", query);
        // A wildcard watch is tried on every article and reads more than terms, so the index holds every token.
        Watch wildcard = Watch.of("wildcard", "zzz*");

        assertThat(WatchMatcher.of(List.of(watch)).match(article)).hasSize(matches ? 1 : 0);
        assertThat(WatchMatcher.of(List.of(watch, wildcard)).match(article)).hasSize(matches ? 1 : 0);
    }

    @Test
    void snippetsMakeRunsOfWhiteSpaceOneSpace() {
        WatchMatch match = WatchMatcher.of(List.of(Watch.of("w", "داعش")))
                .match(WatchDocument.ofText("", "هجوم\n\n\tلداعش  في\r\nسوريا"))
                .getFirst();

        assertThat(match.snippet()).isEqualTo("هجوم «لداعش» في سوريا");
    }

    @Test
    void theSharedTermCacheCountsItsHits() {
        long before = WatchMatcher.termCache().hits();
        WatchMatcher.of(List.of(Watch.of("w", "داعش"))).match(WatchDocument.ofText("", "داعش داعش"));

        assertThat(WatchMatcher.termCache().hits()).isGreaterThan(before);
    }
}
