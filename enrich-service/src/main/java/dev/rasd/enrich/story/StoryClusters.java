package dev.rasd.enrich.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the story an article belongs to by its {@link Fingerprint}: the story that already holds the largest
 * share of its sentences, if that share is at least {@link #MIN_SHARED_SHARE} (and at least
 * {@link #MIN_SHARED_SENTENCES} sentences); otherwise the article starts a new story named after it.
 *
 * <p>Storage is abstract ({@link SentenceStore}) so the logic is tested directly and runs on a Kafka Streams state
 * store in the service.
 */
public final class StoryClusters {

    /** The share of an article's sentences another story must hold for the article to join it. */
    public static final double MIN_SHARED_SHARE = 0.5;
    /** And at least this many sentences, so that two short items sharing one stock phrase stay apart. */
    public static final int MIN_SHARED_SENTENCES = 2;

    /** Where sentence hashes map to the story they were seen in. */
    public interface SentenceStore {
        StoryCandidate get(long sentence);

        void put(long sentence, StoryCandidate candidate);
    }

    private final SentenceStore store;

    public StoryClusters(SentenceStore store) {
        this.store = store;
    }

    /**
     * The story of an article: that of a copy seen before, or a new story named after the article. Its sentences
     * are remembered under the story.
     *
     * @param articleId the article, whose id names a new story
     * @param fingerprint its sentence hashes
     * @param nowMillis the time to remember them by
     */
    public String assign(String articleId, Fingerprint fingerprint, long nowMillis) {
        List<Long> sentences = fingerprint.sentences();
        StoryCandidate[] seen = new StoryCandidate[sentences.size()];
        Map<String, Integer> shared = new HashMap<>();
        for (int i = 0; i < seen.length; i++) {
            seen[i] = store.get(sentences.get(i));
            if (seen[i] != null) {
                shared.merge(seen[i].storyId(), 1, Integer::sum);
            }
        }
        String story = shared.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED_SENTENCES
                        && e.getValue() >= MIN_SHARED_SHARE * sentences.size())
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(articleId);
        // each sentence was read once above (the store is read per sentence, on the one story thread)
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] == null || seen[i].storyId().equals(story)) {
                store.put(sentences.get(i), new StoryCandidate(story, nowMillis));
            }
        }
        return story;
    }
}
