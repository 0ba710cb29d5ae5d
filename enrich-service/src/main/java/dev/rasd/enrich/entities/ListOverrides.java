package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import java.util.List;
import java.util.Map;

/**
 * Lets curated name lists overrule the tagger where it has no better opinion: a run of tokens that a list of
 * organisations or places matches becomes an entity of the list's type if the tagger put no entity across its
 * edges; a one-word match only if the tagger left the word outside any entity, while a match of several words also
 * replaces the smaller entities the tagger found inside it (سوريا in قوات سوريا الديمقراطية). Given names from the
 * first-name list can extend a person the tagger found (see {@link #extendPersons}).
 * The tagger learned from 2007 newswire, so names that became common later (قوات سوريا الديمقراطية) have no
 * training evidence beyond their list feature; a curated list is the better judge where the tagger has no opinion.
 */
final class ListOverrides {

    /** The lists whose entries are whole names, and the type of those names. */
    static final Map<String, EntityType> NAME_LISTS = Map.of(
            "organisations", EntityType.ORG,
            "sports-clubs", EntityType.ORG,
            "companies", EntityType.ORG,
            "world-leaders", EntityType.PER,
            "arab-places", EntityType.LOC,
            "world-places", EntityType.LOC,
            Gazetteer.CLDR_COUNTRIES, EntityType.LOC,
            Gazetteer.CLDR_CITIES, EntityType.LOC);

    /** The list of given names. */
    static final String FIRST_NAMES = "first-names";

    private final int minTokens;

    /** @param minTokens the shortest list match, in tokens, that may overrule the tagger */
    ListOverrides(int minTokens) {
        this.minTokens = minTokens;
    }

    /** Applies the matches to {@code tags} in place, longest matches first; no word counts as unseen. */
    void apply(List<Gazetteer.Match> matches, int[] tags) {
        apply(matches, tags, new boolean[tags.length]);
    }

    /**
     * Applies the matches to {@code tags} in place, longest matches first. A match shorter than {@code minTokens}
     * is applied too if all its words are {@code unseen}: where training never saw a word, the tagger's opinion
     * rests on its letters and neighbours alone, and a curated list knows better.
     */
    void apply(List<Gazetteer.Match> matches, int[] tags, boolean[] unseen) {
        matches.stream()
                .filter(m -> NAME_LISTS.containsKey(m.category())
                        && (m.end() - m.start() >= minTokens || allUnseen(unseen, m)))
                .sorted((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()))
                .forEach(match -> {
                    boolean oneWord = match.end() - match.start() == 1;
                    if (oneWord ? tags[match.start()] == BioTags.OUTSIDE : noEntityAcross(tags, match)) {
                        EntityType type = NAME_LISTS.get(match.category());
                        tags[match.start()] = BioTags.begin(type);
                        for (int i = match.start() + 1; i < match.end(); i++) {
                            tags[i] = BioTags.inside(type);
                        }
                    }
                });
    }

    /**
     * Extends person names leftwards over given names the tagger left outside and never learned: a first-name list
     * match of {@code unseen} words that ends where a person begins starts that person (سعدة in سعدة فيصل الهرماس
     * when only فيصل الهرماس was found). Given names the tagger did learn are left to it: extending over those too
     * lowered development F1 from 0.760 to 0.751.
     */
    void extendPersons(List<Gazetteer.Match> matches, int[] tags, boolean[] unseen) {
        int beginPerson = BioTags.begin(EntityType.PER);
        for (Gazetteer.Match match : matches) {
            if (match.category().equals(FIRST_NAMES) && match.end() < tags.length && tags[match.end()] == beginPerson
                    && allOutside(tags, match) && allUnseen(unseen, match)) {
                tags[match.start()] = beginPerson;
                for (int i = match.start() + 1; i <= match.end(); i++) {
                    tags[i] = BioTags.inside(EntityType.PER);
                }
            }
        }
    }

    private static boolean allOutside(int[] tags, Gazetteer.Match match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (tags[i] != BioTags.OUTSIDE) {
                return false;
            }
        }
        return true;
    }

    private static boolean allUnseen(boolean[] unseen, Gazetteer.Match match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (!unseen[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noEntityAcross(int[] tags, Gazetteer.Match match) {
        return BioTags.spans(tags).stream().noneMatch(span -> span.start() < match.end() && span.end() > match.start()
                && (span.start() < match.start() || span.end() > match.end()));
    }
}
