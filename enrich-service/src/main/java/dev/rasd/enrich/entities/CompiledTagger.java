package dev.rasd.enrich.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PerceptronTagger} prepared for fast tagging with {@link NerFeatures}: what a word contributes to the
 * score of its own token and of its neighbours' is summed once per distinct word ({@link WordScores}), so tagging a
 * token adds a handful of precomputed score vectors instead of building and looking up some fifty feature strings.
 * The tags are those {@link PerceptronTagger#tag} gives the features {@link NerFeatures#extract} builds (a test
 * checks this on the corpus). Thread-safe.
 */
final class CompiledTagger {

    private static final int TAGS = BioTags.COUNT;

    private final PerceptronTagger tagger;
    private final Map<String, Map<String, double[]>> wordPairsBefore;
    private final Map<String, Map<String, double[]>> wordPairsAfter;
    private final Map<String, Map<String, double[]>> stemPairsBefore;
    private final Map<String, Map<String, double[]>> corePairsBefore;
    private final Map<String, Map<String, double[]>> corePairsAfter;
    /** By frequency class index of the previous token and of the token. */
    private final double[][][] frequencyPairs;
    private final WordScores start;
    private final WordScores end;
    /** List features, whose strings are few. */
    private final Map<String, double[]> listFeatures = new ConcurrentHashMap<>();
    /** The scores of the {@link DocumentContext} features, by {@link DocumentContext#labels} set. */
    private final double[][] contextScores;

    /**
     * What one word contributes wherever it occurs.
     *
     * @param lexeme          the word
     * @param vectors         side by side, {@link BioTags#COUNT} scores each: those of its {@link NerFeatures#own}
     *                        features, then those it gives the token it is a neighbour of, for each offset of
     *                        {@link NerFeatures#NEIGHBOUR_OFFSETS} (one array, so a token's scores are read from
     *                        one place in memory)
     * @param wordPairsBefore the scores of {@link NerFeatures#WORD_PAIR_BEFORE} features with this word on the left,
     *                        by right word ({@code null}: none)
     * @param wordPairsAfter  the same for {@link NerFeatures#WORD_PAIR_AFTER}
     * @param stemPairsBefore the same for {@link NerFeatures#STEM_PAIR_BEFORE}, by right stem
     * @param corePairsBefore the same for {@link NerFeatures#CORE_PAIR_BEFORE}, by right core
     * @param corePairsAfter  the same for {@link NerFeatures#CORE_PAIR_AFTER}, by right core
     * @param frequencyClass  index into {@link NerFeatures#FREQUENCY_CLASSES}
     * @param unseen          whether the tagger learned a weight for none of the word's readings
     */
    record WordScores(Lexeme lexeme, double[] vectors, Map<String, double[]> wordPairsBefore,
                      Map<String, double[]> wordPairsAfter, Map<String, double[]> stemPairsBefore,
                      Map<String, double[]> corePairsBefore, Map<String, double[]> corePairsAfter,
                      int frequencyClass, boolean unseen) {
    }

    CompiledTagger(PerceptronTagger tagger) {
        this.tagger = tagger;
        this.wordPairsBefore = tagger.pairScores(NerFeatures.WORD_PAIR_BEFORE);
        this.wordPairsAfter = tagger.pairScores(NerFeatures.WORD_PAIR_AFTER);
        this.stemPairsBefore = tagger.pairScores(NerFeatures.STEM_PAIR_BEFORE);
        this.corePairsBefore = tagger.pairScores(NerFeatures.CORE_PAIR_BEFORE);
        this.corePairsAfter = tagger.pairScores(NerFeatures.CORE_PAIR_AFTER);
        List<String> classes = NerFeatures.FREQUENCY_CLASSES;
        this.frequencyPairs = new double[classes.size()][classes.size()][];
        for (int left = 0; left < classes.size(); left++) {
            for (int right = 0; right < classes.size(); right++) {
                frequencyPairs[left][right] = tagger.scores(List.of(
                        NerFeatures.pair(NerFeatures.FREQUENCY_PAIR, classes.get(left), classes.get(right))));
            }
        }
        this.contextScores = new double[DocumentContext.COUNTED << 1][];
        for (int labels = 0; labels < contextScores.length; labels++) {
            contextScores[labels] = tagger.scores(DocumentContext.featuresOf(labels));
        }
        this.start = boundary(Lexeme.boundary(NerFeatures.START));
        this.end = boundary(Lexeme.boundary(NerFeatures.END));
    }

    /** What a word with these {@link NerFeatures#wordFeatures} contributes to the scores wherever it occurs. */
    WordScores scores(NerFeatures.WordFeatures word) {
        Lexeme lexeme = word.lexeme();
        boolean unseen = NerFeatures.unseen(tagger, lexeme.readings());
        return new WordScores(lexeme, vectors(tagger.scores(word.own()), word.asNeighbour()),
                wordPairsBefore.get(lexeme.word()), wordPairsAfter.get(lexeme.word()),
                stemPairsBefore.get(lexeme.stem()), corePairsBefore.get(lexeme.core()),
                corePairsAfter.get(lexeme.core()),
                NerFeatures.FREQUENCY_CLASSES.indexOf(word.frequencyClass()), unseen);
    }

    private WordScores boundary(Lexeme marker) {
        List<List<String>> asNeighbour = Arrays.stream(NerFeatures.NEIGHBOUR_OFFSETS)
                .mapToObj(offset -> NerFeatures.neighbour(marker, offset)).toList();
        return new WordScores(marker, vectors(new double[TAGS], asNeighbour), wordPairsBefore.get(marker.word()),
                wordPairsAfter.get(marker.word()), stemPairsBefore.get(marker.stem()),
                corePairsBefore.get(marker.core()), corePairsAfter.get(marker.core()), 0, false);
    }

    private double[] vectors(double[] own, List<List<String>> asNeighbour) {
        double[] vectors = new double[(1 + asNeighbour.size()) * TAGS];
        System.arraycopy(own, 0, vectors, 0, TAGS);
        for (int k = 0; k < asNeighbour.size(); k++) {
            System.arraycopy(tagger.scores(asNeighbour.get(k)), 0, vectors, (1 + k) * TAGS, TAGS);
        }
        return vectors;
    }

    /**
     * The best tags of a sentence.
     *
     * @param words         the {@link #scores} of its words, in order
     * @param listFeatures  the {@link NerFeatures#listFeatures} of each token
     * @param contextLabels the {@link DocumentContext#labels} of each token, or {@code null} for a tagger without
     *                      context features
     */
    int[] tag(List<WordScores> words, List<List<String>> listFeatures, int[] contextLabels) {
        int n = words.size();
        double[][] emissions = new double[n][];
        for (int i = 0; i < n; i++) {
            WordScores word = words.get(i);
            WordScores previous = i == 0 ? start : words.get(i - 1);
            WordScores next = i + 1 == n ? end : words.get(i + 1);
            double[] e = Arrays.copyOf(word.vectors(), TAGS);
            for (int k = 0; k < NerFeatures.NEIGHBOUR_OFFSETS.length; k++) {
                int j = i + NerFeatures.NEIGHBOUR_OFFSETS[k];
                add(e, (j < 0 ? start : j >= n ? end : words.get(j)).vectors(), (1 + k) * TAGS);
            }
            add(e, lookup(previous.wordPairsBefore(), word.lexeme().word()));
            add(e, lookup(word.wordPairsAfter(), next.lexeme().word()));
            add(e, lookup(previous.stemPairsBefore(), word.lexeme().stem()));
            add(e, lookup(previous.corePairsBefore(), word.lexeme().core()));
            add(e, lookup(word.corePairsAfter(), next.lexeme().core()));
            add(e, frequencyPairs[i == 0 ? 0 : previous.frequencyClass()][word.frequencyClass()]);
            for (String feature : listFeatures.get(i)) {
                add(e, this.listFeatures.computeIfAbsent(feature, f -> tagger.scores(List.of(f))));
            }
            if (contextLabels != null) {
                add(e, contextScores[contextLabels[i]]);
            }
            emissions[i] = e;
        }
        return tagger.decode(emissions);
    }

    private static double[] lookup(Map<String, double[]> pairs, String right) {
        return pairs == null ? null : pairs.get(right);
    }

    private static void add(double[] sum, double[] scores) {
        if (scores != null) {
            add(sum, scores, 0);
        }
    }

    private static void add(double[] sum, double[] scores, int from) {
        for (int tag = 0; tag < TAGS; tag++) {
            sum[tag] += scores[from + tag];
        }
    }
}
