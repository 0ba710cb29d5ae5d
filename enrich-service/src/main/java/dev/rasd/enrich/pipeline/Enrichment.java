package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.enrich.watch.WatchMatch;
import java.util.List;

/**
 * An article after the stateless enrichment (language, entities, watch matches, fingerprint), before the story
 * step gives it a story and a revision and decides which alerts are new. Travels on the enrich-service's internal
 * repartition topic as JSON.
 *
 * @param article the enriched article, without story and revision yet
 * @param sentences the hashes of its sentences, which tell the story it belongs to
 * @param matches the watches it matched
 */
public record Enrichment(EnrichedArticle article, List<Long> sentences, List<WatchMatch> matches) {

    public Enrichment {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
