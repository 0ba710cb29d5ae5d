package dev.rasd.enrich.pipeline;

import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;

/**
 * The outcome of the enrich step for one new article version: the enriched article and the request for its story,
 * or the dead letter that says why there are none.
 *
 * @param article the enriched article (without a story), or null
 * @param storyRequest what the story step needs of it, or null
 * @param deadLetter the failure, or null
 */
record EnrichResult(EnrichedArticle article, StoryRequest storyRequest, DeadLetter deadLetter) {

    static EnrichResult of(Enrichment enrichment) {
        return new EnrichResult(enrichment.article(), StoryRequest.of(enrichment), null);
    }

    static EnrichResult failed(DeadLetter deadLetter) {
        return new EnrichResult(null, null, deadLetter);
    }

    boolean isFailure() {
        return deadLetter != null;
    }
}
