package dev.rasd.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two {@link PerceptronTagger}s of a {@link NerModel} prepared for fast tagging with {@link NerFeatures}: what
 * a word contributes to the score of its own token and of its neighbours' is summed once per distinct word
 * ({@link WordScores}), for both passes side by side, so computing a token's scores adds a handful of precomputed
 * vectors and probes a {@link PairTable} five times, instead of building and looking up some fifty feature strings
 * per pass. The second pass's {@link DocumentContext} features are added once the first pass has tagged the text
 * ({@link #addContext}). The tags are those {@link PerceptronTagger#tag} gives the features
 * {@link NerFeatures#extract} builds (a test checks this). Thread-safe.
 */
final class CompiledTagger {

    /** The first pass (index 0) and the second (index 1). */
    static final int PASSES = 2;
    private static final int TAGS = BioTags.COUNT;
    /** A word's own scores, then those it gives each neighbour of {@link NerFeatures#NEIGHBOUR_OFFSETS}. */
    private static final int SLOTS = 1 + NerFeatures.NEIGHBOUR_OFFSETS.length;

    /** The part of a {@link Lexeme} a pair template reads; each has its own ids and its own pair entries. */
    private enum Part { WORD, STEM, CORE }

    /**
     * A feature template over two adjacent words, and which of the two gets its scores: the right word (the
     * template pairs the previous word with the token) or the left one (the token with the next word). Templates
     * over the same {@link Part} share one {@link PairTable} entry per pair of words, so one probe serves both words.
     */
    private enum PairTemplate {
        WORD_BEFORE(NerFeatures.WORD_PAIR_BEFORE, Part.WORD, true),
        WORD_AFTER(NerFeatures.WORD_PAIR_AFTER, Part.WORD, false),
        STEM_BEFORE(NerFeatures.STEM_PAIR_BEFORE, Part.STEM, true),
        CORE_BEFORE(NerFeatures.CORE_PAIR_BEFORE, Part.CORE, true),
        CORE_AFTER(NerFeatures.CORE_PAIR_AFTER, Part.CORE, false);

        final String prefix;
        final Part part;
        final boolean scoresRight;

        PairTemplate(String prefix, Part part, boolean scoresRight) {
            this.prefix = prefix;
            this.part = part;
            this.scoresRight = scoresRight;
        }
    }

    /** Per {@link #pairs} entry: the scores for the right word, then for the left, {@link #PASSES} × tags each. */
    private static final int PAIR_ENTRY = 2 * PASSES * TAGS;

    private final PerceptronTagger[] passes;
    /**
     * The features of both passes in one table, so that a word new to the cache probes it once per feature string
     * rather than once per pass: the id of a feature in each pass by its id here (-1 where a pass lacks it).
     */
    private final FeatureTable features;
    private final int[][] featureIds;
    /** Ids of the strings that occur in some pair feature, by {@link Part}. */
    private final List<Map<String, Integer>> pairIds = new ArrayList<>();
    private final PairTable pairs;
    /** {@link #PAIR_ENTRY} scores per {@link #pairs} entry. */
    private final float[] pairScores;
    /** By frequency class index of the previous token and of the token. */
    private final double[][] frequencyPairs;
    private final WordScores start;
    private final WordScores end;
    /** List features, whose strings are few. */
    private final Map<String, double[]> listFeatures = new ConcurrentHashMap<>();
    /** The second pass's scores of the {@link DocumentContext} features, by {@link DocumentContext#labels} set. */
    private final double[][] contextScores;

    /**
     * What one word contributes wherever it occurs.
     *
     * @param lexeme         the word
     * @param vectors        {@link BioTags#COUNT} scores for each pass and slot ({@code [pass][slot][tag]}): those of
     *                       its {@link NerFeatures#own} features, then those it gives the token it is a neighbour of,
     *                       for each offset of {@link NerFeatures#NEIGHBOUR_OFFSETS} (one array, so a token's scores
     *                       are read from one place in memory)
     * @param wordId         the id of its normalised word in the pair features, or -1 if it is in none
     * @param stemId         the same for its stem
     * @param coreId         the same for its clitic-free core
     * @param frequencyClass index into {@link NerFeatures#FREQUENCY_CLASSES}
     * @param unseenPasses   bit {@code p} set if pass {@code p} learned a weight for none of the word's readings
     */
    record WordScores(Lexeme lexeme, float[] vectors, int wordId, int stemId, int coreId, int frequencyClass,
                      int unseenPasses) {

        /** Whether the tagger of {@code pass} learned a weight for none of the word's readings. */
        boolean unseen(int pass) {
            return (unseenPasses & 1 << pass) != 0;
        }
    }

    CompiledTagger(PerceptronTagger firstPass, PerceptronTagger secondPass) {
        this.passes = new PerceptronTagger[] {firstPass, secondPass};
        Map<String, Integer> union = new HashMap<>();
        for (PerceptronTagger pass : passes) {
            pass.forEachFeature((feature, id) -> union.putIfAbsent(feature, union.size()));
        }
        this.features = new FeatureTable(union);
        this.featureIds = new int[PASSES][union.size()];
        for (int pass = 0; pass < PASSES; pass++) {
            int[] ids = featureIds[pass];
            Arrays.fill(ids, -1);
            passes[pass].forEachFeature((feature, id) -> ids[union.get(feature)] = id);
        }
        for (int part = 0; part < Part.values().length; part++) {
            pairIds.add(new HashMap<>());
        }
        Map<Long, Integer> entries = new HashMap<>();
        List<float[]> scores = new ArrayList<>();
        for (PairTemplate template : PairTemplate.values()) {
            Map<String, Integer> ids = pairIds.get(template.part.ordinal());
            for (int pass = 0; pass < PASSES; pass++) {
                int from = (template.scoresRight ? 0 : PASSES * TAGS) + pass * TAGS;
                passes[pass].forEachPair(template.prefix, (left, right, passScores) -> {
                    long key = PairTable.key(template.part.ordinal(), idOf(ids, left), idOf(ids, right));
                    int entry = entries.computeIfAbsent(key, k -> {
                        scores.add(new float[PAIR_ENTRY]);
                        return scores.size() - 1;
                    });
                    for (int tag = 0; tag < TAGS; tag++) {
                        scores.get(entry)[from + tag] = (float) passScores[tag];
                    }
                });
            }
        }
        this.pairs = new PairTable(entries);
        this.pairScores = new float[scores.size() * PAIR_ENTRY];
        for (int entry = 0; entry < scores.size(); entry++) {
            System.arraycopy(scores.get(entry), 0, pairScores, entry * PAIR_ENTRY, PAIR_ENTRY);
        }
        List<String> classes = NerFeatures.FREQUENCY_CLASSES;
        this.frequencyPairs = new double[classes.size() * classes.size()][];
        for (int left = 0; left < classes.size(); left++) {
            for (int right = 0; right < classes.size(); right++) {
                frequencyPairs[left * classes.size() + right] = scoresOf(List.of(
                        NerFeatures.pair(NerFeatures.FREQUENCY_PAIR, classes.get(left), classes.get(right))));
            }
        }
        this.contextScores = new double[DocumentContext.COUNTED << 1][];
        for (int labels = 0; labels < contextScores.length; labels++) {
            contextScores[labels] = secondPass.scores(DocumentContext.featuresOf(labels));
        }
        this.start = boundary(Lexeme.boundary(NerFeatures.START));
        this.end = boundary(Lexeme.boundary(NerFeatures.END));
    }

    private static int idOf(Map<String, Integer> ids, String part) {
        return ids.computeIfAbsent(part, p -> ids.size());
    }

    /** What a word with these {@link NerFeatures#wordFeatures} contributes to the scores wherever it occurs. */
    WordScores scores(NerFeatures.WordFeatures word) {
        Lexeme lexeme = word.lexeme();
        int unseen = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            int p = pass;
            unseen |= NerFeatures.unseen(feature -> knows(p, feature), lexeme.readings()) ? 1 << pass : 0;
        }
        return wordScores(lexeme, word.own(), word.asNeighbour(),
                NerFeatures.FREQUENCY_CLASSES.indexOf(word.frequencyClass()), unseen);
    }

    private WordScores boundary(Lexeme marker) {
        List<List<String>> asNeighbour = Arrays.stream(NerFeatures.NEIGHBOUR_OFFSETS)
                .mapToObj(offset -> NerFeatures.neighbour(marker, offset)).toList();
        return wordScores(marker, List.of(), asNeighbour, 0, 0);
    }

    private WordScores wordScores(Lexeme lexeme, List<String> own, List<List<String>> asNeighbour,
                                  int frequencyClass, int unseenPasses) {
        // floats: half the memory of doubles, and tagging a text is mostly waiting for its words' scores to load
        double[] sums = new double[PASSES * SLOTS * TAGS];
        for (int slot = 0; slot < SLOTS; slot++) {
            for (String feature : slot == 0 ? own : asNeighbour.get(slot - 1)) {
                int id = features.id(feature);
                for (int pass = 0; id >= 0 && pass < PASSES; pass++) {
                    if (featureIds[pass][id] >= 0) {
                        passes[pass].addScores(sums, (pass * SLOTS + slot) * TAGS, featureIds[pass][id]);
                    }
                }
            }
        }
        float[] vectors = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            vectors[i] = (float) sums[i];
        }
        return new WordScores(lexeme, vectors, pairIds.get(Part.WORD.ordinal()).getOrDefault(lexeme.word(), -1),
                pairIds.get(Part.STEM.ordinal()).getOrDefault(lexeme.stem(), -1),
                pairIds.get(Part.CORE.ordinal()).getOrDefault(lexeme.core(), -1), frequencyClass, unseenPasses);
    }

    /** {@link PerceptronTagger#knows(String)} of a pass, through the joint table. */
    private boolean knows(int pass, String feature) {
        int id = features.id(feature);
        return id >= 0 && featureIds[pass][id] >= 0 && passes[pass].knows(featureIds[pass][id]);
    }

    /** The scores of both passes for {@code features}, side by side. */
    private double[] scoresOf(List<String> features) {
        double[] scores = new double[PASSES * TAGS];
        for (int pass = 0; pass < PASSES; pass++) {
            System.arraycopy(passes[pass].scores(features), 0, scores, pass * TAGS, TAGS);
        }
        return scores;
    }

    /**
     * The scores of each tag at each token of a sentence for both passes, the second pass's still without its
     * context features: element {@code [pass][token * BioTags.COUNT + tag]}.
     *
     * @param words        the {@link #scores} of its words, in order
     * @param listFeatures the {@link NerFeatures#listFeatures} of each token
     */
    double[][] emissions(List<WordScores> words, List<List<String>> listFeatures) {
        int n = words.size();
        double[][] emissions = new double[PASSES][n * TAGS];
        int classes = NerFeatures.FREQUENCY_CLASSES.size();
        for (int i = 0; i < n; i++) {
            WordScores word = words.get(i);
            for (int pass = 0; pass < PASSES; pass++) {
                double[] e = emissions[pass];
                int from = pass * SLOTS * TAGS;
                add(e, i, word.vectors(), from);
                for (int k = 0; k < NerFeatures.NEIGHBOUR_OFFSETS.length; k++) {
                    int j = i + NerFeatures.NEIGHBOUR_OFFSETS[k];
                    add(e, i, (j < 0 ? start : j >= n ? end : words.get(j)).vectors(), from + (1 + k) * TAGS);
                }
            }
            WordScores previous = i == 0 ? start : words.get(i - 1);
            addBoth(emissions, i, frequencyPairs[previous.frequencyClass() * classes + word.frequencyClass()]);
            for (String feature : listFeatures.get(i)) {
                addBoth(emissions, i, this.listFeatures.computeIfAbsent(feature, f -> scoresOf(List.of(f))));
            }
        }
        // the pairs of adjacent words, sentence boundaries included: one look-up per part scores both words
        for (int i = 0; i <= n; i++) {
            WordScores left = i == 0 ? start : words.get(i - 1);
            WordScores right = i == n ? end : words.get(i);
            addPair(emissions, i - 1, i, n, Part.WORD, left.wordId(), right.wordId());
            addPair(emissions, i - 1, i, n, Part.STEM, left.stemId(), right.stemId());
            addPair(emissions, i - 1, i, n, Part.CORE, left.coreId(), right.coreId());
        }
        return emissions;
    }

    /**
     * Adds the second pass's context features to its {@link #emissions}.
     *
     * @param contextLabels the {@link DocumentContext#labels} of each token
     */
    void addContext(double[] secondPassEmissions, int[] contextLabels) {
        for (int i = 0; i < contextLabels.length; i++) {
            add(secondPassEmissions, i, contextScores[contextLabels[i]], 0);
        }
    }

    /** The best tags of a sentence given its {@link #emissions} for {@code pass}. */
    int[] decode(int pass, double[] emissions) {
        return passes[pass].decode(emissions);
    }

    /** Adds the scores of the pair (token {@code left}, token {@code right}) to those of the tokens in the sentence. */
    private void addPair(double[][] emissions, int left, int right, int n, Part part, int leftId, int rightId) {
        if (leftId < 0 || rightId < 0) {
            return;
        }
        int entry = pairs.entry(PairTable.key(part.ordinal(), leftId, rightId));
        if (entry < 0) {
            return;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            if (right < n) {
                add(emissions[pass], right, pairScores, entry * PAIR_ENTRY + pass * TAGS);
            }
            if (left >= 0) {
                add(emissions[pass], left, pairScores, entry * PAIR_ENTRY + (PASSES + pass) * TAGS);
            }
        }
    }

    /** Adds {@link #PASSES} × {@link BioTags#COUNT} scores to both passes' token. */
    private static void addBoth(double[][] emissions, int token, double[] scores) {
        for (int pass = 0; pass < PASSES; pass++) {
            add(emissions[pass], token, scores, pass * TAGS);
        }
    }

    private static void add(double[] emissions, int token, float[] scores, int from) {
        int to = token * TAGS;
        for (int tag = 0; tag < TAGS; tag++) {
            emissions[to + tag] += scores[from + tag];
        }
    }

    private static void add(double[] emissions, int token, double[] scores, int from) {
        int to = token * TAGS;
        for (int tag = 0; tag < TAGS; tag++) {
            emissions[to + tag] += scores[from + tag];
        }
    }
}
