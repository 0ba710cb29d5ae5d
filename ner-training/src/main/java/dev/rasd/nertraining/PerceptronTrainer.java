package dev.rasd.nertraining;

import dev.rasd.enrich.entities.BioTags;
import dev.rasd.enrich.entities.PerceptronTagger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link PerceptronTagger} with the averaged structured perceptron (Collins 2002): decode each sentence
 * with the current weights and, where the best path differs from the gold one, add the gold path's features and
 * subtract the predicted path's. The returned weights are averaged over all steps, which acts as regularisation.
 * Sentences are visited in an order shuffled with a fixed seed, so training is deterministic. Several perceptrons
 * may be trained on different orders and their averaged weights averaged again (a cheap ensemble).
 */
final class PerceptronTrainer {

    /** Called after each epoch with the averaged tagger so far, e.g. to follow a development score. */
    interface EpochListener {
        void afterEpoch(int epoch, PerceptronTagger averaged);
    }

    private static final int TAGS = BioTags.COUNT;

    private final int epochs;
    private final long seed;
    private final int minFeatureCount;
    private final int shuffles;

    /**
     * @param epochs          passes over the training data
     * @param seed            seed of the sentence order shuffles
     * @param minFeatureCount features seen fewer times in training are not used, which keeps the model small
     * @param shuffles        how many perceptrons to train, each visiting the sentences in its own order; the
     *                        tagger's weights are their mean, which evens out the luck of one order
     */
    PerceptronTrainer(int epochs, long seed, int minFeatureCount, int shuffles) {
        if (epochs < 1 || minFeatureCount < 1 || shuffles < 1) {
            throw new IllegalArgumentException("epochs, minFeatureCount and shuffles must be positive");
        }
        this.epochs = epochs;
        this.seed = seed;
        this.minFeatureCount = minFeatureCount;
        this.shuffles = shuffles;
    }

    /**
     * Trains on sentences given as the features of each token and the gold tag of each token.
     *
     * @param listener told about each epoch's averaged tagger, may be {@code null}
     */
    PerceptronTagger train(List<List<List<String>>> sentences, List<int[]> gold, EpochListener listener) {
        if (sentences.size() != gold.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + gold.size() + " tag rows");
        }
        Map<String, Integer> index = indexFrequentFeatures(sentences);
        List<int[][]> ids = new ArrayList<>(sentences.size());
        sentences.forEach(sentence -> ids.add(PerceptronTagger.featureIds(sentence, index)));
        List<Run> runs = new ArrayList<>(shuffles);
        for (int r = 0; r < shuffles; r++) {
            runs.add(new Run(index.size(), sentences.size(), new Random(seed + r)));
        }
        PerceptronTagger tagger = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (Run run : runs) {
                run.epoch(ids, gold);
            }
            if (listener != null || epoch == epochs) {
                tagger = average(index, runs);
                if (listener != null) {
                    listener.afterEpoch(epoch, tagger);
                }
            }
        }
        return tagger;
    }

    /** The tagger whose weights are the mean of the runs' averaged weights. */
    private static PerceptronTagger average(Map<String, Integer> index, List<Run> runs) {
        float[] weights = new float[index.size() * TAGS];
        float[] transitions = new float[(TAGS + 1) * TAGS];
        for (Run run : runs) {
            addScaled(weights, run.weights.average(), 1f / runs.size());
            addScaled(transitions, run.transitions.average(), 1f / runs.size());
        }
        return new PerceptronTagger(index, weights, transitions);
    }

    private static void addScaled(float[] target, float[] values, float scale) {
        for (int i = 0; i < target.length; i++) {
            target[i] += values[i] * scale;
        }
    }

    /** One perceptron visiting the sentences in its own shuffled order. */
    private static final class Run {
        final Averaged weights;
        final Averaged transitions = new Averaged((TAGS + 1) * TAGS);
        private final List<Integer> order = new ArrayList<>();
        private final Random random;

        Run(int features, int sentences, Random random) {
            weights = new Averaged(features * TAGS);
            for (int s = 0; s < sentences; s++) {
                order.add(s);
            }
            this.random = random;
        }

        void epoch(List<int[][]> ids, List<int[]> gold) {
            Collections.shuffle(order, random);
            for (int s : order) {
                weights.tick();
                transitions.tick();
                int[][] features = ids.get(s);
                int[] expected = gold.get(s);
                int[] predicted = PerceptronTagger.viterbi(features, weights.current, transitions.current);
                for (int i = 0; i < expected.length; i++) {
                    int goldPrevious = i == 0 ? -1 : expected[i - 1];
                    int predictedPrevious = i == 0 ? -1 : predicted[i - 1];
                    if (expected[i] != predicted[i]) {
                        for (int id : features[i]) {
                            weights.add(id * TAGS + expected[i], 1);
                            weights.add(id * TAGS + predicted[i], -1);
                        }
                    }
                    if (expected[i] != predicted[i] || goldPrevious != predictedPrevious) {
                        transitions.add((goldPrevious + 1) * TAGS + expected[i], 1);
                        transitions.add((predictedPrevious + 1) * TAGS + predicted[i], -1);
                    }
                }
            }
        }
    }

    /** Ids for the features seen at least {@code minFeatureCount} times, in order of first appearance. */
    private Map<String, Integer> indexFrequentFeatures(List<List<List<String>>> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<List<String>> sentence : sentences) {
            for (List<String> token : sentence) {
                for (String feature : token) {
                    counts.merge(feature, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        counts.forEach((feature, count) -> {
            if (count >= minFeatureCount) {
                index.put(feature, index.size());
            }
        });
        return index;
    }

    /** Weights with lazily maintained running sums for averaging. */
    private static final class Averaged {
        final float[] current;
        private final double[] sums;
        private final int[] lastChanged;
        private int step;

        Averaged(int size) {
            current = new float[size];
            sums = new double[size];
            lastChanged = new int[size];
        }

        void tick() {
            step++;
        }

        void add(int i, float delta) {
            sums[i] += (double) (step - lastChanged[i]) * current[i];
            lastChanged[i] = step;
            current[i] += delta;
        }

        float[] average() {
            float[] average = new float[current.length];
            for (int i = 0; i < current.length; i++) {
                double sum = sums[i] + (double) (step - lastChanged[i]) * current[i];
                average[i] = step == 0 ? 0 : (float) (sum / step);
            }
            return average;
        }
    }
}
