package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
import java.util.List;

/**
 * What the story step makes of a new article or revision: the finished article and the alerts it raises for the
 * first time.
 *
 * @param article the enriched article with its story and revision
 * @param alerts new alerts, one per watch and story
 */
record StoryOutcome(EnrichedArticle article, List<Alert> alerts) {}
