package dev.rasd.enrich.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchConditionTest {

    private static MatchCondition condition(String query) {
        return MatchCondition.of(WatchQuery.parse(query).query());
    }

    /** The terms of an article whose title and text hold the space-separated {@code words}. */
    private static Map<String, Set<String>> article(String words) {
        Map<String, Set<String>> present = new HashMap<>();
        for (String word : words.split(" ")) {
            for (String field : new String[] {WatchFields.TITLE, WatchFields.TEXT}) {
                present.computeIfAbsent(field, f -> new HashSet<>()).add(WatchFields.TERMS.termOf(word));
            }
        }
        return present;
    }

    @ParameterizedTest(name = "{0} on \"{1}\": holds {2}, decides {3}")
    @CsvSource({
            "داعش, داعش سوريا, true, true",
            "داعش, سوريا, false, true",
            "داعش AND العراق, داعش سوريا, false, true",
            "داعش AND سوريا, داعش سوريا, true, true",
            "داعش OR العراق, سوريا العراق, true, true",
            "داعش NOT سوريا, داعش سوريا, false, true",
            "داعش NOT سوريا, داعش العراق, true, true",
            "(العراق OR سوريا) AND داعش, سوريا داعش, true, true",
            "\"البيت الابيض\", الابيض البيت, true, false",     // a phrase needs positions
            "\"البيت الابيض\", البيت, false, false",            // but needs both words
            "سور* AND داعش, سوريا, false, false",              // a wildcard is unknown, داعش still required
            "سور* AND داعش, داعش, true, false",
            "NOT داعش, سوريا, true, false",                    // only prohibited clauses: nothing to require
            "داعش^0, داعش, true, false",                       // a zero boost scores zero, which is no match
            "داعش NOT \"البيت الابيض\", داعش البيت الابيض, true, false",
    })
    void isNecessaryAndDecidesQueriesOfTermsAndOperators(String query, String terms, boolean holds,
            boolean decides) {
        MatchCondition condition = condition(query);

        assertThat(condition.holds(article(terms))).isEqualTo(holds);
        assertThat(condition.decides()).isEqualTo(decides);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"person:بايدن, person, بايدن", "language:ar, language, ar", "source:العربية, source, العربية"})
    void readsTheFieldTheQueryNames(String query, String field, String term) {
        MatchCondition condition = condition(query);

        assertThat(condition.holds(Map.of(field, Set.of(term)))).isTrue();
        assertThat(condition.holds(article(term))).as("not in the title or text").isFalse();
    }
}
