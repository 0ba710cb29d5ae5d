package dev.rasd.enrich.pipeline;

import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;

/**
 * What the parallel step makes of one input record: a new article version, enriched, with the request for its
 * story; a backfill request alone; or the dead letter that says why there is neither.
 *
 * @param article the enriched article (without its story yet), or null
 * @param storyRequest what the story step needs, or null
 * @param deadLetter the failure, or null
 */
record EnrichResult(EnrichedArticle article, StoryRequest storyRequest, DeadLetter deadLetter) {

    static EnrichResult of(Enrichment enrichment) {
        return new EnrichResult(enrichment.article(), StoryRequest.of(enrichment), null);
    }

    static EnrichResult backfill(StoryRequest request) {
        return new EnrichResult(null, request, null);
    }

    static EnrichResult failed(DeadLetter deadLetter) {
        return new EnrichResult(null, null, deadLetter);
    }

    boolean isFailure() {
        return deadLetter != null;
    }

    boolean hasArticle() {
        return article != null;
    }
}
