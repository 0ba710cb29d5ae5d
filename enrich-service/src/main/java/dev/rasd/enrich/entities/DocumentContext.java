package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * itself excluded.
 */
final class DocumentContext {

    /** Cores shorter than this (particles, digits such as 5) carry no document-level evidence. */
    private static final int MIN_CORE_LENGTH = 2;

    private final int window;

    /** @param window how many sentences before and after a sentence count as its context */
    DocumentContext(int window) {
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
    List<List<List<String>>> features(List<List<String>> sentences, List<int[]> firstPass) {
        if (sentences.size() != firstPass.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + firstPass.size() + " tag rows");
        }
        List<String[]> keys = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            keys.add(sentence.stream().map(token -> WordCounts.key(ArabicNormalizer.normalize(token)))
                    .toArray(String[]::new));
        }
        List<List<List<String>>> features = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Map<String, int[]> labelCounts = new HashMap<>();
            for (int other = Math.max(0, s - window); other <= Math.min(sentences.size() - 1, s + window); other++) {
                String[] otherKeys = keys.get(other);
                int[] otherTags = firstPass.get(other);
                for (int i = 0; i < otherKeys.length; i++) {
                    if (otherKeys[i].length() >= MIN_CORE_LENGTH) {
                        labelCounts.computeIfAbsent(otherKeys[i], k -> new int[LABELS])[label(otherTags[i])]++;
                    }
                }
            }
            String[] sentenceKeys = keys.get(s);
            int[] sentenceTags = firstPass.get(s);
            List<List<String>> sentenceFeatures = new ArrayList<>(sentenceKeys.length);
            for (int i = 0; i < sentenceKeys.length; i++) {
                List<String> tokenFeatures = new ArrayList<>(2);
                int[] counts = labelCounts.get(sentenceKeys[i]);
                if (counts != null) {
                    int own = label(sentenceTags[i]);
                    for (int label = 0; label < LABELS; label++) {
                        if (counts[label] - (label == own ? 1 : 0) > 0) {
                            tokenFeatures.add("ctx=" + labelName(label));
                        }
                    }
                }
                sentenceFeatures.add(tokenFeatures);
            }
            features.add(sentenceFeatures);
        }
        return features;
    }

    /** O, then one label per entity type. */
    private static final int LABELS = 1 + EntityType.values().length;

    private static int label(int tag) {
        return tag == BioTags.OUTSIDE ? 0 : 1 + BioTags.type(tag).ordinal();
    }

    private static String labelName(int label) {
        return label == 0 ? "O" : EntityType.values()[label - 1].name();
    }
}
