package dev.rasd.ingest.check;

import dev.rasd.contract.Feed;
import dev.rasd.ingest.feed.FeedItem;
import dev.rasd.ingest.feed.FeedParseException;
import dev.rasd.ingest.feed.FeedParser;
import dev.rasd.ingest.feed.FeedTimeZone;
import dev.rasd.ingest.feed.ParsedFeed;
import dev.rasd.ingest.fetch.FetchException;
import dev.rasd.ingest.fetch.FetchResponse;
import dev.rasd.ingest.text.CharsetDetector;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of a feed showed: one row of {@code rasd feeds check}. Made from a fetch's answer (or its failure)
 * without any I/O, the same way ingest judges a poll: a fetch without an HTTP answer fails, a non-2xx answer is an
 * HTTP error, a body the feed parser refuses is not a feed.
 *
 * @param feedId the feed's id
 * @param enabled whether ingest polls the feed (a disabled feed that fails does not fail the check)
 * @param status the verdict
 * @param httpStatus the final HTTP status, or null when no answer came
 * @param items the number of items read, 0 unless {@link Status#OK}
 * @param newest the newest item's publication date, or null when no item has one
 * @param encoding the charset the body was read in, or null when there was no body to read
 * @param error what went wrong, or what to know about a working feed (moved, no items, no dates), in one line;
 *     null when there is nothing to say
 */
public record FeedCheck(String feedId, boolean enabled, Status status, Integer httpStatus, int items,
        Instant newest, String encoding, String error) {

    /** The verdict on a feed. */
    public enum Status {
        /** The feed answered with a feed. */
        OK("ok"),
        /** No HTTP answer: DNS, connection, timeout, a refused address, a redirect loop, a body too large. */
        FAILED("failed"),
        /** A 2xx answer whose body is no feed (an HTML page, an empty body, broken XML). */
        NOT_A_FEED("not-a-feed"),
        /** A non-2xx answer, e.g. 403 or 404. */
        HTTP_ERROR("http-error");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The word shown in the table. */
        public String label() {
            return label;
        }
    }

    /**
     * The row for {@code feed} that answered {@code response}: the body is parsed as ingest parses it.
     *
     * @param response the final answer of an unconditional GET of the feed's URL
     */
    public static FeedCheck of(Feed feed, FetchResponse response) {
        if (!response.isSuccess()) {
            return new FeedCheck(feed.id(), feed.enabled(), Status.HTTP_ERROR, response.status(), 0, null, null,
                    "HTTP " + response.status() + " from " + response.finalUrl());
        }
        CharsetDetector.Decoded decoded = response.body().length == 0 ? null
                : CharsetDetector.decode(response.body(), response.contentType(), CharsetDetector.Syntax.XML);
        String encoding = decoded == null ? null : decoded.charset().name();
        ParsedFeed parsed;
        try {
            parsed = decoded == null
                    ? FeedParser.parse(response.body(), response.contentType(), response.finalUrl(),
                            FeedTimeZone.of(feed))
                    : FeedParser.parse(decoded, response.finalUrl(), FeedTimeZone.of(feed));
        } catch (FeedParseException e) {
            return new FeedCheck(feed.id(), feed.enabled(), Status.NOT_A_FEED, response.status(), 0, null, encoding,
                    oneLine(e.getMessage()));
        }
        Instant newest = parsed.items().stream().map(FeedItem::publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new FeedCheck(feed.id(), feed.enabled(), Status.OK, response.status(), parsed.items().size(), newest,
                encoding, notes(parsed, newest, response.movedTo()));
    }

    /** The row for {@code feed} whose fetch brought no HTTP answer. */
    public static FeedCheck of(Feed feed, FetchException failure) {
        return new FeedCheck(feed.id(), feed.enabled(), Status.FAILED, null, 0, null, null,
                oneLine(failure.getMessage()));
    }

    /** Whether this row makes the check fail: an enabled feed that did not answer with a feed. */
    public boolean failsTheCheck() {
        return enabled && status != Status.OK;
    }

    /** What a user fixing the feed list should know about a feed that works; null when nothing. */
    private static String notes(ParsedFeed parsed, Instant newest, URI movedTo) {
        List<String> notes = new ArrayList<>();
        if (movedTo != null) {
            notes.add("moved permanently to " + movedTo);
        }
        if (parsed.items().isEmpty()) {
            notes.add("no items");
        } else if (newest == null) {
            // ingest then dates each article from its page
            notes.add("no item has a date");
        }
        if (!parsed.warnings().isEmpty()) {
            int more = parsed.warnings().size() - 1;
            notes.add("warning: " + parsed.warnings().getFirst() + (more > 0 ? " (and " + more + " more)" : ""));
        }
        return notes.isEmpty() ? null : oneLine(String.join("; ", notes));
    }

    private static String oneLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s+", " ");
    }
}
