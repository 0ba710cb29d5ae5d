package dev.rasd.index.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.Json;
import dev.rasd.contract.StoryAssignment;
import dev.rasd.contract.Topics;
import dev.rasd.index.document.MappedRecord.StoryPart;
import dev.rasd.index.template.IndexNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the value of a Kafka record from one of the topics index-service reads into an {@link IndexOperation}.
 *
 * <p><b>Which month.</b> An article goes to the index of the UTC month of its {@code time}: its {@code publishedAt},
 * or its {@code fetchedAt} when the publisher gave no date, or {@code firstSeenAt} as a last resort (see
 * {@link ArticleDocument#timeOf}); an article with none of them is unindexable, so every stored article has a
 * {@code time}. Its story assignment carries the same three dates and goes to the same index; an alert goes to the
 * month of its {@code detectedAt}. These dates travel inside the record, so every re-delivery of a record computes
 * the same index and the same {@code _id} and overwrites the earlier copy. (A revision whose publisher moved {@code publishedAt}
 * across a month boundary would leave the old revision in the old month; publishers correct dates by hours, not by
 * months, so Rasd accepts that rare case.)
 *
 * <p><b>Article and story, in either order.</b> enrich-service writes the article (without a story) and its
 * {@link StoryAssignment} to two topics, so they arrive in either order. Both are
 * {@link IndexOperation.Write#MERGE}s into the article's document: the assignment merges {@code storyId} (creating a
 * bare document if the article is not there yet), the article merges every other field, with explicit nulls for
 * the ones it lacks (so that a revision leaves nothing of the version before it) but never a {@code storyId} it does
 * not have. Both orders end with the whole article and its story.
 *
 * <p><b>Which version.</b> An article's merge carries its {@link EnrichedArticle#revision()} as its version, so
 * that an older revision never replaces a newer one that was written first (two revisions in different
 * {@code _bulk} requests in flight at once, or the older one sent again after an outage); Elasticsearch's update
 * cannot take an external version, so index-service enforces it (see {@link dev.rasd.index.write.RevisionCheck}).
 * A story assignment is the same for every revision and merges unversioned. Feed statuses carry their
 * {@code lastPolledAt} as an external version ({@code external_gte}): a re-delivery of the same version overwrites,
 * an older one is refused by Elasticsearch with 409 and counts as superseded. Alerts are written once per watch and
 * story and need no version.
 *
 * <p><b>Article and story in one write.</b> {@link #mapRecord} tells an article without story and a story
 * assignment from other records, and {@link #withStory} makes the two one write when both are at hand, sparing
 * Elasticsearch a second write (and a second analysis) of the whole article.
 */
public final class DocumentMapper {

    private static final ObjectWriter WITH_NULLS = Json.mapper().copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS).writer();
    private static final byte[] STORY_FIELD = ",\"storyId\":".getBytes(StandardCharsets.UTF_8);

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
        return topic.equals(topics.articlesEnriched()) || topic.equals(topics.stories())
                || topic.equals(topics.alerts()) || topic.equals(topics.feedStatus());
    }

    /**
     * The operation that writes the record {@code value} read from {@code topic}.
     *
     * @throws UnindexableRecordException with a one-line reason when the value is missing, not valid JSON for the
     *     topic's record type, or lacks the id or date the document needs
     */
    public IndexOperation map(String topic, byte[] value) throws UnindexableRecordException {
        return mapRecord(topic, value).operation();
    }

    /**
     * The operation that writes the record {@code value} read from {@code topic}, with the record's part in joining
     * an article with its story.
     *
     * @throws UnindexableRecordException as {@link #map}
     */
    public MappedRecord mapRecord(String topic, byte[] value) throws UnindexableRecordException {
        if (value == null) {
            throw new UnindexableRecordException("a tombstone (null value) has no document to index");
        }
        Instant now = clock.instant();
        if (topic.equals(topics.articlesEnriched())) {
            EnrichedArticle article = read(value, EnrichedArticle.class);
            requireId(article.id(), "article");
            Instant date = articleDate(article.publishedAt(), article.fetchedAt(), article.firstSeenAt(),
                    "article " + article.id());
            return new MappedRecord(new IndexOperation(names.articlesIndex(date), article.id(),
                    IndexOperation.Write.MERGE, (long) article.revision(),
                    writeWithNulls(ArticleDocument.of(article, now))),
                    article.storyId() == null ? StoryPart.ARTICLE_WITHOUT_STORY : StoryPart.NONE);
        }
        if (topic.equals(topics.stories())) {
            StoryAssignment assignment = read(value, StoryAssignment.class);
            requireId(assignment.articleId(), "story assignment");
            if (assignment.storyId() == null || assignment.storyId().isBlank()) {
                throw new UnindexableRecordException("story assignment of " + assignment.articleId() + " has no storyId");
            }
            Instant date = articleDate(assignment.publishedAt(), assignment.fetchedAt(), assignment.firstSeenAt(),
                    "story assignment of " + assignment.articleId());
            return new MappedRecord(new IndexOperation(names.articlesIndex(date), assignment.articleId(),
                    IndexOperation.Write.MERGE, null,
                    write(Map.of("id", assignment.articleId(), "storyId", assignment.storyId()))),
                    StoryPart.STORY_ASSIGNMENT);
        }
        if (topic.equals(topics.alerts())) {
            Alert alert = read(value, Alert.class);
            requireId(alert.id(), "alert");
            if (alert.detectedAt() == null) {
                throw new UnindexableRecordException("alert " + alert.id() + " has no detectedAt to pick its month");
            }
            return new MappedRecord(IndexOperation.index(names.alertsIndex(alert.detectedAt()), alert.id(), null,
                    write(AlertDocument.of(alert, now))), StoryPart.NONE);
        }
        if (topic.equals(topics.feedStatus())) {
            FeedStatus status = read(value, FeedStatus.class);
            requireId(status.feedId(), "feed status");
            Long version = status.lastPolledAt() == null ? null : status.lastPolledAt().toEpochMilli();
            return new MappedRecord(IndexOperation.index(names.feeds(), status.feedId(), version,
                    write(FeedStatusDocument.of(status, read(value, PublishingRhythm.class), now))), StoryPart.NONE);
        }
        throw new IllegalArgumentException("index-service does not read topic " + topic);
    }

    /**
     * One write of an article without story and its story assignment, both as {@link #mapRecord} made them for the
     * same document: the article's fields and the assignment's {@code storyId}. (The article's JSON is extended as
     * it is, not parsed again: it is an object written without a {@code storyId}.)
     *
     * @throws IllegalArgumentException when the two are not an article merge and an assignment of one document
     */
    public static IndexOperation withStory(IndexOperation article, IndexOperation assignment) {
        if (article.write() != IndexOperation.Write.MERGE || assignment.write() != IndexOperation.Write.MERGE
                || !article.index().equals(assignment.index()) || !article.id().equals(assignment.id())) {
            throw new IllegalArgumentException("not an article and its story assignment: " + article.index() + "/"
                    + article.id() + " and " + assignment.index() + "/" + assignment.id());
        }
        String storyId = storyIdOf(assignment);
        if (storyId == null) {
            throw new IllegalArgumentException("story assignment of " + assignment.id() + " has no storyId");
        }
        byte[] story;
        try {
            story = Json.mapper().writeValueAsBytes(storyId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the storyId of " + assignment.id(), e);
        }
        byte[] source = article.source();
        int end = source.length - 1; // the article object's closing brace
        if (end < 2 || source[0] != '{' || source[end] != '}') {
            throw new IllegalArgumentException("article " + article.id() + " is not a JSON object with fields");
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream(source.length + STORY_FIELD.length + story.length + 1);
        joined.write(source, 0, end);
        joined.writeBytes(STORY_FIELD);
        joined.writeBytes(story);
        joined.write('}');
        return new IndexOperation(article.index(), article.id(), IndexOperation.Write.MERGE, article.version(),
                joined.toByteArray());
    }

    /**
     * The unversioned merge of just the story that the article merge {@code article} carries (its own, or one joined
     * by {@link #withStory}), or null when it carries none: what is left to write of an article revision older than
     * the stored one, whose story the stored one may lack yet. (Every revision of an article has the same story.)
     *
     * @throws IllegalArgumentException when {@code article} is not a merge of a JSON object
     */
    public static IndexOperation storyOf(IndexOperation article) {
        if (article.write() != IndexOperation.Write.MERGE) {
            throw new IllegalArgumentException("an " + article.write() + " write is not an article merge");
        }
        String storyId = storyIdOf(article);
        return storyId == null ? null : new IndexOperation(article.index(), article.id(), IndexOperation.Write.MERGE,
                null, write(Map.of("id", article.id(), "storyId", storyId)));
    }

    /** The textual {@code storyId} of a merge's JSON object, or null when it has none. */
    private static String storyIdOf(IndexOperation merge) {
        JsonNode fields;
        try {
            fields = Json.mapper().readTree(merge.source());
        } catch (IOException e) {
            throw new IllegalArgumentException("the merge into " + merge.id() + " is not JSON", e);
        }
        if (fields == null || !fields.isObject()) {
            throw new IllegalArgumentException("the merge into " + merge.id() + " is not a JSON object");
        }
        JsonNode storyId = fields.get("storyId");
        return storyId != null && storyId.isTextual() ? storyId.textValue() : null;
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

    /** Writes {@code document} with its null fields too, except those marked to be left out when null. */
    private static byte[] writeWithNulls(Object document) {
        try {
            return WITH_NULLS.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
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

    /** The date that picks an article's month: its {@link ArticleDocument#timeOf time}. */
    private static Instant articleDate(Instant publishedAt, Instant fetchedAt, Instant firstSeenAt, String what)
            throws UnindexableRecordException {
        Instant time = ArticleDocument.timeOf(publishedAt, fetchedAt, firstSeenAt);
        if (time == null) {
            throw new UnindexableRecordException(
                    what + " has none of publishedAt, fetchedAt, firstSeenAt to pick its month");
        }
        return time;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
