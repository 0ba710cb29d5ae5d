package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import dev.rasd.arabic.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Features of a token drawn from the other occurrences of its word in the surrounding sentences, as a first
 * tagging pass labelled them. A news article names a person in full once and then by surname alone, and a club or
 * city recurs in sentences whose local context says little; what the first pass found where the context was clear
 * ("this word was tagged PER two sentences earlier") is evidence for the unclear occurrences.
 *
 * <p>Words are compared by their clitic-free core ({@link WordCounts#key}), so لمدريد and مدريد are the same
 * word. (Comparing by the cores {@code dev.rasd.arabic.ArabicStemmer} finds, which keeps the ب of برشلونة,
 * lowered development F1 from 0.767 to 0.755.) For each token the features are the entity types (and {@code O})
 * the first pass gave the other occurrences of its word within {@code window} sentences either side, the token
 * itself excluded, each on its own ({@code ctx=PER}) and all together as one feature ({@code ctxs=O+PER+}, or
 * {@code ctxs=none} for a word that occurs nowhere else): a word read both ways is weaker evidence than one always
 * read as a person, and a word the text uses only once is more often a name.
 */
public final class DocumentContext {

    /** Cores shorter than this (particles, digits such as 5) carry no document-level evidence. */
    private static final int MIN_CORE_LENGTH = 2;

    private final int window;

    /** @param window how many sentences before and after a sentence count as its context */
    public DocumentContext(int window) {
        if (window < 0) {
            throw new IllegalArgumentException("window must not be negative: " + window);
        }
        this.window = window;
    }

    int window() {
        return window;
    }

    /**
     * The context features of every token of consecutive sentences: element {@code [s][i]} belongs to token
     * {@code i} of sentence {@code s}.
     *
     * @param sentences the tokens of each sentence, in text order
     * @param firstPass the first pass's {@link BioTags} tag of each token
     */
    public List<List<List<String>>> features(List<List<String>> sentences, List<int[]> firstPass) {
        List<String[]> keys = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            keys.add(sentence.stream().map(token -> WordCounts.key(ArabicNormalizer.normalize(token)))
                    .toArray(String[]::new));
        }
        List<int[]> labels = labels(keys, firstPass);
        List<List<List<String>>> features = new ArrayList<>(sentences.size());
        for (int[] sentenceLabels : labels) {
            features.add(Arrays.stream(sentenceLabels).mapToObj(DocumentContext::featuresOf).toList());
        }
        return features;
    }

    /**
     * The labels other occurrences of each token's word got in the first pass, as a bit set over O and the entity
     * types, with {@link #COUNTED} set for a word long enough to be counted (see {@link #featuresOf}).
     *
     * @param keys      the {@link WordCounts#key} of each token of each sentence, in text order
     * @param firstPass the first pass's {@link BioTags} tag of each token
     */
    List<int[]> labels(List<String[]> keys, List<int[]> firstPass) {
        if (keys.size() != firstPass.size()) {
            throw new IllegalArgumentException(keys.size() + " sentences but " + firstPass.size() + " tag rows");
        }
        // the counts of the sentences within the window of sentence s, slid along the text
        Map<String, int[]> labelCounts = HashMap.newHashMap(keys.stream().mapToInt(sentence -> sentence.length).sum());
        int windowEnd = -1;
        List<int[]> labels = new ArrayList<>(keys.size());
        for (int s = 0; s < keys.size(); s++) {
            for (; windowEnd < Math.min(keys.size() - 1, s + window); windowEnd++) {
                count(labelCounts, keys.get(windowEnd + 1), firstPass.get(windowEnd + 1), 1);
            }
            if (s - window - 1 >= 0) {
                count(labelCounts, keys.get(s - window - 1), firstPass.get(s - window - 1), -1);
            }
            String[] sentenceKeys = keys.get(s);
            int[] sentenceTags = firstPass.get(s);
            int[] sentenceLabels = new int[sentenceKeys.length];
            for (int i = 0; i < sentenceKeys.length; i++) {
                int[] counts = sentenceKeys[i].length() >= MIN_CORE_LENGTH ? labelCounts.get(sentenceKeys[i]) : null;
                if (counts != null) {
                    int own = label(sentenceTags[i]);
                    sentenceLabels[i] = COUNTED;
                    for (int label = 0; label < LABELS; label++) {
                        if (counts[label] - (label == own ? 1 : 0) > 0) {
                            sentenceLabels[i] |= 1 << label;
                        }
                    }
                }
            }
            labels.add(sentenceLabels);
        }
        return labels;
    }

    private static void count(Map<String, int[]> labelCounts, String[] keys, int[] tags, int change) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].length() >= MIN_CORE_LENGTH) {
                labelCounts.computeIfAbsent(keys[i], k -> new int[LABELS])[label(tags[i])] += change;
            }
        }
    }

    /** The features {@code ctx=O}, {@code ctx=PER} … and {@code ctxs=…} of a bit set made by {@link #labels}. */
    static List<String> featuresOf(int labels) {
        return FEATURES_BY_LABELS.get(labels);
    }

    /** O, then one label per entity type. */
    static final int LABELS = 1 + EntityType.values().length;
    /** The bit of a {@link #labels} set that says the word was counted at all (long enough). */
    static final int COUNTED = 1 << LABELS;

    private static final List<List<String>> FEATURES_BY_LABELS = IntStream.range(0, COUNTED << 1)
            .mapToObj(DocumentContext::features)
            .toList();

    private static List<String> features(int set) {
        if ((set & COUNTED) == 0) {
            return List.of();
        }
        List<String> labels = IntStream.range(0, LABELS).filter(label -> (set & 1 << label) != 0)
                .mapToObj(DocumentContext::labelName).toList();
        List<String> features = new ArrayList<>(labels.stream().map(label -> "ctx=" + label).toList());
        features.add("ctxs=" + (labels.isEmpty() ? "none" : String.join("+", labels) + "+"));
        return List.copyOf(features);
    }

    private static int label(int tag) {
        return tag == BioTags.OUTSIDE ? 0 : 1 + BioTags.type(tag).ordinal();
    }

    private static String labelName(int label) {
        return label == 0 ? "O" : EntityType.values()[label - 1].name();
    }
}
