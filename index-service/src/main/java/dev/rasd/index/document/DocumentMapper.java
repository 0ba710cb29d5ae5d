package dev.rasd.index.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.Json;
import dev.rasd.contract.Topics;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns the value of a Kafka record from one of the topics index-service reads into an {@link IndexOperation}: one
 * whole document per record.
 *
 * <p><b>Which month.</b> An article goes to the index of the UTC month of its {@code time}: its {@code publishedAt},
 * or its {@code fetchedAt} when the publisher gave no date, or {@code firstSeenAt} as a last resort (see
 * {@link ArticleDocument#timeOf}); an article with none of them is unindexable, so every stored article has a
 * {@code time}. An alert goes to the month of its {@code detectedAt}. These dates travel inside the record, so every
 * re-delivery of a record computes the same index and the same {@code _id} and overwrites the earlier copy. (A
 * revision whose publisher moved {@code publishedAt} across a month boundary would leave the old revision in the
 * old month; publishers correct dates by hours, not by months, so Rasd accepts that rare case.)
 *
 * <p><b>Which version.</b> enrich-service writes every article revision once, complete with its story. An article
 * carries its {@link EnrichedArticle#revision()} as an external version, and a feed status its
 * {@code lastPolledAt}: Elasticsearch overwrites a document with a copy of the same or a newer version and refuses
 * an older one with 409 (two revisions in different {@code _bulk} requests in flight at once, or an older one read
 * again after a restart), which counts as superseded. An alert is written again, under the same id, each time more
 * outlets carry its story (a follow-up): it carries its {@code outlets} as external version, so a copy with fewer
 * outlets never overwrites one with more.
 */
public final class DocumentMapper {

    private final Topics topics;
    private final IndexNames names;
    private final Clock clock;

    /** A mapper for records of {@code topics}, into the indices of {@code names}, stamping {@code indexedAt} by {@code clock}. */
    public DocumentMapper(Topics topics, IndexNames names, Clock clock) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether this mapper reads records of {@code topic}. */
    public boolean reads(String topic) {
        return topic.equals(topics.articlesEnriched()) || topic.equals(topics.alerts()) || topic.equals(topics.feedStatus());
    }

    /**
     * The operation that writes the record {@code value} read from {@code topic}.
     *
     * @throws UnindexableRecordException with a one-line reason when the value is missing, not valid JSON for the
     *     topic's record type, or lacks the id or date the document needs
     */
    public IndexOperation map(String topic, byte[] value) throws UnindexableRecordException {
        if (value == null) {
            throw new UnindexableRecordException("a tombstone (null value) has no document to index");
        }
        Instant now = clock.instant();
        if (topic.equals(topics.articlesEnriched())) {
            EnrichedArticle article = read(value, EnrichedArticle.class);
            requireId(article.id(), "article");
            ArticleDocument document = ArticleDocument.of(article, now);
            if (document.time() == null) {
                throw new UnindexableRecordException(
                        "article " + article.id() + " has none of publishedAt, fetchedAt, firstSeenAt to pick its month");
            }
            return new IndexOperation(names.articlesIndex(document.time()), article.id(), (long) article.revision(),
                    write(document));
        }
        if (topic.equals(topics.alerts())) {
            Alert alert = read(value, Alert.class);
            requireId(alert.id(), "alert");
            if (alert.detectedAt() == null) {
                throw new UnindexableRecordException("alert " + alert.id() + " has no detectedAt to pick its month");
            }
            return new IndexOperation(names.alertsIndex(alert.detectedAt()), alert.id(), (long) alert.outlets(),
                    write(AlertDocument.of(alert, now)));
        }
        if (topic.equals(topics.feedStatus())) {
            FeedStatus status = read(value, FeedStatus.class);
            requireId(status.feedId(), "feed status");
            Long version = status.lastPolledAt() == null ? null : status.lastPolledAt().toEpochMilli();
            return new IndexOperation(names.feeds(), status.feedId(), version,
                    write(FeedStatusDocument.of(status, now)));
        }
        throw new IllegalArgumentException("index-service does not read topic " + topic);
    }

    private static <T> T read(byte[] value, Class<T> type) throws UnindexableRecordException {
        try {
            T record = Json.mapper().readValue(value, type);
            if (record == null) {
                throw new UnindexableRecordException("the value is JSON null, not a " + type.getSimpleName());
            }
            return record;
        } catch (JsonProcessingException e) {
            throw new UnindexableRecordException(
                    "not a valid " + type.getSimpleName() + " JSON record: " + oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UnindexableRecordException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] write(Object document) {
        try {
            return Json.mapper().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
        }
    }

    private static void requireId(String id, String what) throws UnindexableRecordException {
        if (id == null || id.isBlank()) {
            throw new UnindexableRecordException(what + " has no id");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
