package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import dev.rasd.enrich.watch.WatchQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CandidateQueryTest {

    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");

    /** The terms conditions of a candidate query's term clause, by field. */
    private static Map<String, List<String>> anyTerm(Query query) {
        Query clause = query.bool().filter().getLast();
        return clause.bool().should().stream().map(Query::terms).collect(Collectors.toMap(TermsQuery::field,
                t -> t.terms().value().stream().map(FieldValue::stringValue).toList()));
    }

    @Test
    void aQueryOfWordsAsksForArticlesWithAnyOfItsAnalysedTermsInTheFieldsItNames() {
        Query query = CandidateQuery.of(WatchQuery.parse("والتحالف AND person:حفتر"), List.of(), FROM);

        assertThat(anyTerm(query)).isEqualTo(Map.of("title", List.of("تحالف"), "text", List.of("تحالف"),
                "person", List.of("حفتر")));
        assertThat(query.bool().filter().getLast().bool().minimumShouldMatch()).isEqualTo("1");
    }

    @Test
    void negatedWordsAreNotAskedFor() {
        Query query = CandidateQuery.of(WatchQuery.parse("مصر NOT مصراتة"), List.of(), FROM);

        assertThat(anyTerm(query)).isEqualTo(Map.of("title", List.of("مصر"), "text", List.of("مصر")));
    }

    @Test
    void everyQueryIsLimitedToTheWindowByTime() {
        Query query = CandidateQuery.of(WatchQuery.parse("داعش"), List.of(), FROM);

        Query range = query.bool().filter().getFirst();
        assertThat(range.range().date().field()).isEqualTo("time");
        assertThat(range.range().date().gte()).isEqualTo("2026-05-01T00:00:00Z");
    }

    @Test
    void languagesAreAnExactFilterOnTheLanguageField() {
        Query query = CandidateQuery.of(WatchQuery.parse("داعش"), List.of("ar", "fa"), FROM);

        TermsQuery languages = query.bool().filter().get(1).terms();
        assertThat(languages.field()).isEqualTo("language");
        assertThat(languages.terms().value()).extracting(FieldValue::stringValue).containsExactly("ar", "fa");
    }

    @Test
    void aQueryWithoutPositiveTermsScansTheWindow() {
        for (String text : List.of("داع*", "NOT مصر", "*:*")) {
            WatchQuery watchQuery = WatchQuery.parse(text);

            assertThat(CandidateQuery.scans(watchQuery)).as(text).isTrue();
            assertThat(CandidateQuery.of(watchQuery, List.of("ar"), FROM).toString()).as(text)
                    .isEqualTo(CandidateQuery.window(List.of("ar"), FROM).toString());
        }
        assertThat(CandidateQuery.scans(WatchQuery.parse("داعش"))).isFalse();
    }
}
