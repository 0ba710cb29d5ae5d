package dev.rasd.enrich.pipeline;

import dev.rasd.contract.DeadLetter;

/**
 * The outcome of the stateless step for one record: an enrichment, or the dead letter that says why there is none.
 *
 * @param enrichment the enriched article, or null
 * @param deadLetter the failure, or null
 */
record EnrichResult(Enrichment enrichment, DeadLetter deadLetter) {

    static EnrichResult of(Enrichment enrichment) {
        return new EnrichResult(enrichment, null);
    }

    static EnrichResult failed(DeadLetter deadLetter) {
        return new EnrichResult(null, deadLetter);
    }

    boolean isFailure() {
        return deadLetter != null;
    }
}
