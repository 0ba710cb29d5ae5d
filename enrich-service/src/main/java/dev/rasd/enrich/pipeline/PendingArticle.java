package dev.rasd.enrich.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.Json;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An enriched article waiting in the join for its story, written to JSON once: the article is the largest record of
 * the topology, and it would otherwise be written to JSON for the join's store, read back when its story comes, and
 * written again for the output. Its revision travels beside the JSON, so that the join can tell whether a story is of
 * this revision without reading the article.
 *
 * @param revision the article's revision
 * @param json the article as {@link Json} writes it, without a {@code storyId}
 */
record PendingArticle(int revision, byte[] json) {

    private static final byte[] STORY_FIELD = ",\"storyId\":".getBytes(StandardCharsets.UTF_8);

    /** How a pending article is stored: its revision in four bytes, then its JSON. */
    static final Serde<PendingArticle> SERDE = Serdes.serdeFrom(
            (Serializer<PendingArticle>) (topic, pending) -> pending == null ? null
                    : ByteBuffer.allocate(4 + pending.json.length).putInt(pending.revision).put(pending.json).array(),
            (Deserializer<PendingArticle>) (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                int revision = buffer.getInt();
                byte[] json = new byte[buffer.remaining()];
                buffer.get(json);
                return new PendingArticle(revision, json);
            });

    /**
     * {@code article}, which has no story yet, written to JSON.
     *
     * @throws IllegalArgumentException when it has a story already
     */
    static PendingArticle of(EnrichedArticle article) {
        if (article.storyId() != null) {
            throw new IllegalArgumentException("article " + article.id() + " has its story already");
        }
        return new PendingArticle(article.revision(), Json.write(article).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON of this article with {@code storyId} as its story, as {@link EnrichedArticle#withStory} writes it. */
    byte[] withStory(String storyId) {
        byte[] story;
        try {
            story = Json.mapper().writeValueAsBytes(storyId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story id " + storyId, e);
        }
        int end = json.length - 1; // the object's closing brace; the object has fields (an id at least)
        ByteArrayOutputStream joined = new ByteArrayOutputStream(json.length + STORY_FIELD.length + story.length);
        joined.write(json, 0, end);
        joined.writeBytes(STORY_FIELD);
        joined.writeBytes(story);
        joined.write('}');
        return joined.toByteArray();
    }
}
