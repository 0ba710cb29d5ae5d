package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import java.util.List;

/**
 * What the story step makes of a {@link StoryRequest}: the story of the article version, and the alerts it raises
 * for the first time.
 *
 * @param story the article version's story; null for a backfill request, whose article has its story already
 * @param alerts new alerts, one per watch and story
 */
record StoryOutcome(ArticleStory story, List<Alert> alerts) {

    StoryOutcome {
        alerts = List.copyOf(alerts);
    }
}
