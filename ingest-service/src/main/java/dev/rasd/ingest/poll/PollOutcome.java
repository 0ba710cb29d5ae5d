package dev.rasd.ingest.poll;

import dev.rasd.contract.FeedStatus;

/**
 * The result of a poll: the feed's state to store and the health to publish.
 *
 * @param checkpoint the feed's state to store
 * @param status the feed's health to publish
 */
public record PollOutcome(FeedCheckpoint checkpoint, FeedStatus status) {}
