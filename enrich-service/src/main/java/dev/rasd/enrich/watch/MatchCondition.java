package dev.rasd.enrich.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What an article must contain for a query to match it, as far as the query's terms tell: every term of a phrase,
 * every required clause of a boolean query, at least one of its optional clauses when none is required, none of its
 * prohibited clauses when those are known exactly. {@link WatchMatcher} checks it on the article's terms before
 * running the query: an {@code AND} watch that shares one word with an article costs a set lookup, not a search.
 *
 * <p>For queries made only of terms, {@code AND}, {@code OR} and {@code NOT}, the condition {@linkplain #decides()
 * decides} the match: the query matches (with a positive score) exactly when the condition holds, and needs no index
 * at all. Phrases need positions, so for them, as for whatever the condition cannot reason about (wildcards, ranges,
 * zero boosts), it is only necessary.
 */
sealed interface MatchCondition {

    /** The condition for {@code query}. */
    static MatchCondition of(Query query) {
        return switch (query) {
            case TermQuery term -> new Contains(term.getTerm().field(), term.getTerm().text());
            case PhraseQuery phrase -> necessary(allOf(Arrays.stream(phrase.getTerms())
                    .<MatchCondition>map(MatchCondition::contains).toList()));
            // a phrase whose first word also stands for its proclitic forms: one term of each position
            case MultiPhraseQuery phrase -> necessary(allOf(Arrays.stream(phrase.getTermArrays())
                    .map(terms -> anyOf(Arrays.stream(terms).map(MatchCondition::contains).toList())).toList()));
            case SynonymQuery synonyms -> anyOf(synonyms.getTerms().stream().map(MatchCondition::contains).toList());
            // a zero boost makes the score zero, which is no match
            case BoostQuery boost -> boost.getBoost() > 0 ? of(boost.getQuery()) : necessary(of(boost.getQuery()));
            case ConstantScoreQuery constant -> of(constant.getQuery());
            case BooleanQuery bool -> ofBoolean(bool);
            default -> Always.INSTANCE;
        };
    }

    private static MatchCondition contains(Term term) {
        return new Contains(term.field(), term.text());
    }

    private static MatchCondition ofBoolean(BooleanQuery query) {
        List<MatchCondition> required = new ArrayList<>();
        List<MatchCondition> optional = new ArrayList<>();
        List<MatchCondition> prohibited = new ArrayList<>();
        boolean scoreless = false;
        for (BooleanClause clause : query.clauses()) {
            MatchCondition condition = of(clause.query());
            switch (clause.occur()) {
                case MUST -> required.add(condition);
                case FILTER -> {
                    required.add(condition);
                    scoreless = true;
                }
                case SHOULD -> optional.add(condition);
                case MUST_NOT -> prohibited.add(condition);
            }
        }
        // With required clauses a document must match them all; without, one of the optional ones. A query of
        // prohibited clauses only matches nothing, which this condition need not tell.
        MatchCondition positive = !required.isEmpty() ? allOf(required)
                : optional.isEmpty() ? Always.INSTANCE : anyOf(optional);
        boolean decided = !scoreless && query.getMinimumNumberShouldMatch() == 0 && positive != Always.INSTANCE
                && decideAll(required) && decideAll(optional) && decideAll(prohibited);
        if (!decided) {
            return necessary(positive);
        }
        return prohibited.isEmpty() ? positive : new Unless(positive, anyOf(prohibited));
    }

    private static boolean decideAll(List<MatchCondition> conditions) {
        return conditions.stream().allMatch(MatchCondition::decides);
    }

    private static MatchCondition allOf(List<MatchCondition> conditions) {
        List<MatchCondition> checked = conditions.stream().filter(c -> c != Always.INSTANCE).toList();
        if (checked.size() < conditions.size()) {
            return necessary(checked.isEmpty() ? Always.INSTANCE : checked.size() == 1 ? checked.getFirst()
                    : new AllOf(checked));
        }
        return checked.size() == 1 ? checked.getFirst() : new AllOf(checked);
    }

    private static MatchCondition anyOf(List<MatchCondition> conditions) {
        if (conditions.contains(Always.INSTANCE)) {
            return Always.INSTANCE;
        }
        return conditions.size() == 1 ? conditions.getFirst() : new AnyOf(conditions);
    }

    private static MatchCondition necessary(MatchCondition condition) {
        return condition.decides() ? new Necessary(condition) : condition;
    }

    /**
     * Whether the condition holds for an article.
     *
     * @param present the terms of the article by field, at least those of this condition that it contains
     */
    boolean holds(Map<String, Set<String>> present);

    /** Whether the query matches exactly when the condition holds; otherwise the condition is only necessary. */
    boolean decides();

    /** Hands the field and the text of every term this condition checks to {@code action}. */
    void forEachTerm(BiConsumer<String, String> action);

    /** Holds for every article: nothing is known. */
    enum Always implements MatchCondition {
        INSTANCE;

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            return true;
        }

        @Override
        public boolean decides() {
            return false;
        }

        @Override
        public void forEachTerm(BiConsumer<String, String> action) {}
    }

    /** Holds when the article has {@code text} in {@code field}. */
    record Contains(String field, String text) implements MatchCondition {

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            Set<String> terms = present.get(field);
            return terms != null && terms.contains(text);
        }

        @Override
        public boolean decides() {
            return true;
        }

        @Override
        public void forEachTerm(BiConsumer<String, String> action) {
            action.accept(field, text);
        }
    }

    /** A condition made of others: it decides when they all do, and reads their terms. */
    sealed interface Combination extends MatchCondition {

        /** The conditions it combines. */
        List<MatchCondition> conditions();

        @Override
        default boolean decides() {
            return decideAll(conditions());
        }

        @Override
        default void forEachTerm(BiConsumer<String, String> action) {
            conditions().forEach(c -> c.forEachTerm(action));
        }
    }

    /** Holds when all of its conditions hold. */
    record AllOf(List<MatchCondition> conditions) implements Combination {

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            for (MatchCondition condition : conditions) {
                if (!condition.holds(present)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Holds when one of its conditions holds. */
    record AnyOf(List<MatchCondition> conditions) implements Combination {

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            for (MatchCondition condition : conditions) {
                if (condition.holds(present)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Holds when {@code condition} holds and {@code excluded} does not; both decide. */
    record Unless(MatchCondition condition, MatchCondition excluded) implements MatchCondition {

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            return condition.holds(present) && !excluded.holds(present);
        }

        @Override
        public boolean decides() {
            return true;
        }

        @Override
        public void forEachTerm(BiConsumer<String, String> action) {
            condition.forEachTerm(action);
            excluded.forEachTerm(action);
        }
    }

    /** A condition that would decide, where the query asks for more (positions, a positive score). */
    record Necessary(MatchCondition condition) implements MatchCondition {

        @Override
        public boolean holds(Map<String, Set<String>> present) {
            return condition.holds(present);
        }

        @Override
        public boolean decides() {
            return false;
        }

        @Override
        public void forEachTerm(BiConsumer<String, String> action) {
            condition.forEachTerm(action);
        }
    }
}
