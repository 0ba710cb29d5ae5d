package dev.rasd.launcher;

import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.pipeline.AlertedArticle;
import dev.rasd.enrich.pipeline.StoryRequest;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.index.document.ArticleDocument;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rasd watch add … --backfill 7d}: finds the indexed articles of the window that a new watch matches, exactly
 * as {@code rasd watch test} does ({@link WatchPreview}: by {@code time}, confirmed by the live watch matcher), and
 * sends a backfill request for each to the backfill topic. enrich-service's story step takes them exactly like live
 * matches: it raises an alert for each story that has none from the watch yet, and none again when a later copy of
 * the story comes.
 */
final class Backfill {

    private Backfill() {}

    /**
     * Sends a request for each article of the last {@code window} that {@code watch} matches, as {@code preview}
     * finds them, to {@code connection}'s backfill topic, and prints what it did.
     *
     * @return how many stories the watch matched
     */
    static int run(Connection connection, WatchPreview preview, Watch watch, Duration window) throws IOException {
        List<Map.Entry<String, StoryRequest>> requests = new ArrayList<>();
        Set<String> stories = new HashSet<>();
        preview.forEachMatch(watch, window, (article, match) -> {
            StoryRequest request = requestFor(article, match);
            stories.add(request.indexedStoryId());
            requests.add(Map.entry(request.articleId(), request));
        });
        TopicWriter.sendAll(connection.kafkaBootstrap(), connection.topics().backfill(), requests,
                JsonSerde.of(StoryRequest.class));
        System.out.println("backfill: " + PreviewReport.plural(requests.size(), "article") + " of "
                + PreviewReport.plural(stories.size(), "story") + " sent to enrich-service, which raises an alert for"
                + " each story the watch has not alerted on yet (./rasd alerts)");
        return stories.size();
    }

    /** The backfill request for the indexed {@code article}, which the watch matched with {@code match}. */
    static StoryRequest requestFor(ArticleDocument article, WatchMatch match) {
        // an article indexed before stories existed is a story of its own
        String story = article.storyId() == null ? article.id() : article.storyId();
        return StoryRequest.backfill(article.id(), article.revision(), story, match,
                new AlertedArticle(article.url(), article.title(), article.source(), article.language(),
                        article.publishedAt(), article.fetchedAt()));
    }
}
