package dev.rasd.enrich.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

/**
 * A linear-chain sequence tagger over {@link BioTags}: a weight per (observation feature, tag) and per (previous
 * tag, tag), decoded with Viterbi under the BIO constraint that an {@code I-} tag continues an entity of its
 * type. Immutable, so one instance serves any number of threads.
 */
public final class PerceptronTagger {

    private static final int TAGS = BioTags.COUNT;
    /** For each tag, the tags {@link BioTags#allowed} before it, in ascending order (an I- tag has only two). */
    private static final int[][] ALLOWED_BEFORE = new int[TAGS][];

    static {
        for (int tag = 0; tag < TAGS; tag++) {
            int t = tag;
            ALLOWED_BEFORE[tag] = IntStream.range(0, TAGS)
                    .filter(previous -> BioTags.allowed(previous, t)).toArray();
        }
    }

    private final Map<String, Integer> featureIndex;
    private final FeatureTable featureTable;
    /** {@code weights[feature * TAGS + tag]}. */
    private final float[] weights;
    /** {@code transitions[(previous + 1) * TAGS + tag]}, where previous {@code -1} is the sentence start. */
    private final float[] transitions;

    /**
     * @param featureIndex the id of each feature
     * @param weights      {@code weights[id * BioTags.COUNT + tag]}: what feature {@code id} adds to {@code tag}
     * @param transitions  {@code transitions[(previous + 1) * BioTags.COUNT + tag]}: what following tag
     *                     {@code previous} (or the sentence start, {@code -1}) adds to {@code tag}
     */
    public PerceptronTagger(Map<String, Integer> featureIndex, float[] weights, float[] transitions) {
        if (weights.length != featureIndex.size() * TAGS || transitions.length != (TAGS + 1) * TAGS) {
            throw new IllegalArgumentException("weights do not fit " + featureIndex.size() + " features");
        }
        this.featureIndex = featureIndex;
        this.featureTable = new FeatureTable(featureIndex);
        this.weights = weights;
        this.transitions = transitions;
    }

    /** How many features the tagger has an id for. */
    public int featureCount() {
        return featureIndex.size();
    }

    /**
     * Whether the feature has a weight other than zero, i.e. training found it useful. (Features without weights
     * are not saved, so "seen in training" would differ between a trained and a loaded tagger.)
     */
    public boolean knows(String feature) {
        int id = featureTable.id(feature);
        return id >= 0 && knows(id);
    }

    /** {@link #knows(String)} by feature id. */
    boolean knows(int id) {
        return mask(id) != 0;
    }

    /** Hands over every feature with its id. */
    void forEachFeature(ObjIntConsumer<String> consumer) {
        featureIndex.forEach(consumer::accept);
    }

    /** Adds the weights of feature {@code id} to {@code scores[from]} to {@code scores[from + COUNT - 1]}. */
    void addScores(double[] scores, int from, int id) {
        addWeights(scores, from, id, weights);
    }

    /** The best tag sequence for a sentence given the features of each token. */
    public int[] tag(List<List<String>> features) {
        return viterbi(featureIds(features, featureIndex), weights, transitions);
    }

    /** The score the features give each tag (unknown features count zero); a new array of {@link BioTags#COUNT}. */
    double[] scores(Collection<String> features) {
        double[] scores = new double[TAGS];
        for (String feature : features) {
            int id = featureTable.id(feature);
            if (id >= 0) {
                addWeights(scores, id, weights);
            }
        }
        return scores;
    }

    /** Receives one feature of a pair template: its two parts and the score it gives each tag. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(String left, String right, double[] scores);
    }

    /**
     * Hands over every known feature {@code prefix + left + "|" + right} (see {@link NerFeatures#pair}) with its
     * scores. A feature whose parts contain {@code |} themselves is handed over once per split, so looking up any
     * (left, right) finds exactly the feature the concatenation names.
     */
    void forEachPair(String prefix, PairConsumer consumer) {
        featureIndex.forEach((feature, id) -> {
            if (feature.startsWith(prefix) && mask(id) != 0) {
                double[] scores = new double[TAGS];
                addWeights(scores, id, weights);
                for (int bar = feature.indexOf('|', prefix.length()); bar >= 0; bar = feature.indexOf('|', bar + 1)) {
                    consumer.accept(feature.substring(prefix.length(), bar), feature.substring(bar + 1), scores);
                }
            }
        });
    }

    /** The ids of the known features of each token; unknown features are dropped. */
    public static int[][] featureIds(List<List<String>> features, Map<String, Integer> featureIndex) {
        int[][] ids = new int[features.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = features.get(i).stream().map(featureIndex::get)
                    .filter(id -> id != null).mapToInt(Integer::intValue).toArray();
        }
        return ids;
    }

    /** Viterbi decoding of the highest-scoring tag sequence that obeys {@link BioTags#allowed}. */
    public static int[] viterbi(int[][] featureIds, float[] weights, float[] transitions) {
        double[] emissions = new double[featureIds.length * TAGS];
        for (int i = 0; i < featureIds.length; i++) {
            for (int id : featureIds[i]) {
                addWeights(emissions, i * TAGS, id, weights);
            }
        }
        return viterbi(emissions, transitions);
    }

    /**
     * The best tag sequence given the score of each tag at each token: {@code emissions[token * COUNT + tag]},
     * {@link BioTags#COUNT} scores per token.
     */
    int[] decode(double[] emissions) {
        return viterbi(emissions, transitions);
    }

    private static void addWeights(double[] scores, int id, float[] weights) {
        addWeights(scores, 0, id, weights);
    }

    private static void addWeights(double[] scores, int from, int id, float[] weights) {
        int base = id * TAGS;
        for (int tag = 0; tag < TAGS; tag++) {
            scores[from + tag] += weights[base + tag];
        }
    }

    private static int[] viterbi(double[] emissions, float[] transitions) {
        int n = emissions.length / TAGS;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        int[] backPointer = new int[n * TAGS];
        double[] previousScore = new double[TAGS];
        double[] score = new double[TAGS];
        for (int tag = 0; tag < TAGS; tag++) {
            previousScore[tag] = (BioTags.allowed(-1, tag) ? transitions[tag] : Double.NEGATIVE_INFINITY) + emissions[tag];
        }
        for (int i = 1; i < n; i++) {
            for (int tag = 0; tag < TAGS; tag++) {
                double bestScore = Double.NEGATIVE_INFINITY;
                int bestPrevious = -1;
                for (int previous : ALLOWED_BEFORE[tag]) {
                    double s = previousScore[previous] + transitions[(previous + 1) * TAGS + tag];
                    if (s > bestScore) {
                        bestScore = s;
                        bestPrevious = previous;
                    }
                }
                score[tag] = bestScore + emissions[i * TAGS + tag];
                backPointer[i * TAGS + tag] = bestPrevious;
            }
            double[] swap = previousScore;
            previousScore = score;
            score = swap;
        }
        int tag = 0;
        for (int t = 1; t < TAGS; t++) {
            if (previousScore[t] > previousScore[tag]) {
                tag = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = tag;
            tag = backPointer[i * TAGS + tag];
        }
        return best;
    }

    /** Writes the tagger; features whose weights are all zero are left out. */
    public void writeTo(DataOutputStream out) throws IOException {
        for (float t : transitions) {
            out.writeFloat(t);
        }
        String[] names = new String[featureIndex.size()];
        featureIndex.forEach((name, id) -> names[id] = name);
        int kept = 0;
        for (int id = 0; id < names.length; id++) {
            kept += mask(id) == 0 ? 0 : 1;
        }
        out.writeInt(kept);
        for (int id = 0; id < names.length; id++) {
            int mask = mask(id);
            if (mask != 0) {
                out.writeUTF(names[id]);
                out.writeShort(mask);
                for (int tag = 0; tag < TAGS; tag++) {
                    if ((mask & (1 << tag)) != 0) {
                        out.writeFloat(weights[id * TAGS + tag]);
                    }
                }
            }
        }
    }

    /** Reads a tagger that {@link #writeTo} wrote. */
    public static PerceptronTagger readFrom(DataInputStream in) throws IOException {
        float[] transitions = new float[(TAGS + 1) * TAGS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        int count = in.readInt();
        Map<String, Integer> index = HashMap.newHashMap(count);
        float[] weights = new float[count * TAGS];
        for (int id = 0; id < count; id++) {
            index.put(in.readUTF(), id);
            int mask = in.readShort();
            for (int tag = 0; tag < TAGS; tag++) {
                if ((mask & (1 << tag)) != 0) {
                    weights[id * TAGS + tag] = in.readFloat();
                }
            }
        }
        return new PerceptronTagger(index, weights, transitions);
    }

    private int mask(int id) {
        int mask = 0;
        for (int tag = 0; tag < TAGS; tag++) {
            if (weights[id * TAGS + tag] != 0) {
                mask |= 1 << tag;
            }
        }
        return mask;
    }
}
