package dev.rasd.enrich.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear-chain sequence tagger over {@link BioTags}: a weight per (observation feature, tag) and per (previous
 * tag, tag), decoded with Viterbi under the BIO constraint that an {@code I-} tag continues an entity of its
 * type. Immutable, so one instance serves any number of threads.
 */
final class PerceptronTagger {

    private static final int TAGS = BioTags.COUNT;

    private final Map<String, Integer> featureIndex;
    /** {@code weights[feature * TAGS + tag]}. */
    private final float[] weights;
    /** {@code transitions[(previous + 1) * TAGS + tag]}, where previous {@code -1} is the sentence start. */
    private final float[] transitions;

    PerceptronTagger(Map<String, Integer> featureIndex, float[] weights, float[] transitions) {
        if (weights.length != featureIndex.size() * TAGS || transitions.length != (TAGS + 1) * TAGS) {
            throw new IllegalArgumentException("weights do not fit " + featureIndex.size() + " features");
        }
        this.featureIndex = featureIndex;
        this.weights = weights;
        this.transitions = transitions;
    }

    int featureCount() {
        return featureIndex.size();
    }

    /**
     * Whether the feature has a weight other than zero, i.e. training found it useful. (Features without weights
     * are not saved, so "seen in training" would differ between a trained and a loaded tagger.)
     */
    boolean knows(String feature) {
        Integer id = featureIndex.get(feature);
        return id != null && mask(id) != 0;
    }

    /** The best tag sequence for a sentence given the features of each token. */
    int[] tag(List<List<String>> features) {
        return viterbi(featureIds(features, featureIndex), weights, transitions);
    }

    /** The ids of the known features of each token; unknown features are dropped. */
    static int[][] featureIds(List<List<String>> features, Map<String, Integer> featureIndex) {
        int[][] ids = new int[features.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = features.get(i).stream().map(featureIndex::get)
                    .filter(id -> id != null).mapToInt(Integer::intValue).toArray();
        }
        return ids;
    }

    /** Viterbi decoding of the highest-scoring tag sequence that obeys {@link BioTags#allowed}. */
    static int[] viterbi(int[][] featureIds, float[] weights, float[] transitions) {
        int n = featureIds.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[][] score = new double[n][TAGS];
        int[][] backPointer = new int[n][TAGS];
        for (int i = 0; i < n; i++) {
            double[] emission = new double[TAGS];
            for (int id : featureIds[i]) {
                int base = id * TAGS;
                for (int tag = 0; tag < TAGS; tag++) {
                    emission[tag] += weights[base + tag];
                }
            }
            for (int tag = 0; tag < TAGS; tag++) {
                double bestScore = Double.NEGATIVE_INFINITY;
                int bestPrevious = -1;
                if (i == 0) {
                    if (BioTags.allowed(-1, tag)) {
                        bestScore = transitions[tag];
                    }
                } else {
                    for (int previous = 0; previous < TAGS; previous++) {
                        if (BioTags.allowed(previous, tag)) {
                            double s = score[i - 1][previous] + transitions[(previous + 1) * TAGS + tag];
                            if (s > bestScore) {
                                bestScore = s;
                                bestPrevious = previous;
                            }
                        }
                    }
                }
                score[i][tag] = bestScore + emission[tag];
                backPointer[i][tag] = bestPrevious;
            }
        }
        int tag = 0;
        for (int t = 1; t < TAGS; t++) {
            if (score[n - 1][t] > score[n - 1][tag]) {
                tag = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = tag;
            tag = backPointer[i][tag];
        }
        return best;
    }

    /** Writes the tagger; features whose weights are all zero are left out. */
    void writeTo(DataOutputStream out) throws IOException {
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

    static PerceptronTagger readFrom(DataInputStream in) throws IOException {
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
