package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.StoryAssignment;
import java.util.List;

/**
 * What the story step makes of an article version: the story it belongs to and the alerts it raises for the first
 * time.
 *
 * @param assignment the article's story
 * @param alerts new alerts, one per watch and story
 */
record StoryOutcome(StoryAssignment assignment, List<Alert> alerts) {}
