package dev.rasd.ingest.feed;

import dev.rasd.contract.Feed;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The zone a feed record gives for dates written without an offset. */
public final class FeedTimeZone {

    private FeedTimeZone() {
    }

    /**
     * The zone of {@code feed}, or null (UTC) when it names none or an unknown one: a bad zone in a record on the
     * topic must cost the feed its local times, not its polls.
     */
    public static ZoneId of(Feed feed) {
        if (feed.timeZone() == null || feed.timeZone().isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(feed.timeZone());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
