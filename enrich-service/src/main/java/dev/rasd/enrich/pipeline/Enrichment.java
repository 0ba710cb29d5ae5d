package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.enrich.watch.WatchMatch;
import java.util.List;

/**
 * An article after enrichment (language, entities, watch matches, fingerprint), before the story step gives it a
 * story and decides which of its watch matches raise new alerts.
 *
 * @param article the enriched article, without a story
 * @param sentences the hashes of its sentences, which tell the story it belongs to
 * @param matches the watches it matched
 */
public record Enrichment(EnrichedArticle article, List<Long> sentences, List<WatchMatch> matches) {

    public Enrichment {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
