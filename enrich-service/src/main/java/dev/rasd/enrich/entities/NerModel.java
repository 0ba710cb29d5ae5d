package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.arabic.ArabicStemmer;
import dev.rasd.arabic.ProcliticSplit;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Everything the recogniser needs, stored in one gzip file: the lists, word counts and word clusters the features
 * were computed with, and the weights of two taggers. Keeping the lists inside the model means run time always computes the
 * features it was trained on.
 *
 * <p>A text is tagged in two passes: the first pass tags each sentence on its own; the second tags it again with
 * {@link DocumentContext} features added, which tell it what the first pass made of the same words elsewhere in
 * the text. After each pass the curated lists may overrule the tagger (see {@link ListOverrides}).
 */
public final class NerModel {

    private static final String MAGIC = "rasd-ner";
    private static final int FORMAT_VERSION = 3;

    /**
     * List matches of three words or more overrule the tagger, and shorter ones only where the tagger never saw
     * their words: ANERcorp's conventions differ from the lists' too often (it tags حركة حماس as O B-ORG), which
     * cost 1.3 points of development F1 when all two-word matches were allowed.
     */
    private static final ListOverrides LIST_OVERRIDES = new ListOverrides(3);

    /**
     * How many distinct words the model keeps analysed, at about 1.5 KB each (75 MB). News vocabulary is Zipfian: a
     * few tens of thousands of words make up nearly all tokens (ANERcorp's 125,000 tokens hold 29,600 distinct
     * ones). When the cache is full it starts again empty, and the frequent words are back after an article or two
     * ({@link WordCache}; an LRU's bookkeeping on every read cost 12% of tagging time, Caffeine measured).
     */
    static final int MAX_CACHED_WORDS = 50_000;
    /**
     * Tokens with digits have a cache of their own: years, small counts and percentages recur, but most figures,
     * dates and phone numbers do not and would push words out of the word cache.
     */
    static final int MAX_CACHED_NUMBERS = 5_000;

    private final Gazetteer gazetteer;
    private final NerFeatures features;
    private final WordCounts wordCounts;
    private final WordClusters clusters;
    private final PerceptronTagger firstPass;
    private final DocumentContext context;
    private final PerceptronTagger secondPass;
    private final CompiledTagger compiled;
    /** Distinct written words, analysed for both passes. */
    private final WordCache<CompiledTagger.WordScores> words = new WordCache<>(MAX_CACHED_WORDS);
    /** Distinct written tokens with digits, analysed for both passes. */
    private final WordCache<CompiledTagger.WordScores> numbers = new WordCache<>(MAX_CACHED_NUMBERS);

    /**
     * @param gazetteer  the lists, as features of both passes and to overrule them (see {@link ListOverrides})
     * @param wordCounts the training text's word counts, for the frequency-class features
     * @param clusters   the word clusters, for the cluster features
     * @param firstPass  tags each sentence on its own features
     * @param context    turns the first pass's tags into features of the other occurrences of the same words
     * @param secondPass tags each sentence on its own features plus the context features
     */
    public NerModel(Gazetteer gazetteer, WordCounts wordCounts, WordClusters clusters, PerceptronTagger firstPass,
             DocumentContext context, PerceptronTagger secondPass) {
        this.gazetteer = gazetteer;
        this.wordCounts = wordCounts;
        this.clusters = clusters;
        this.features = new NerFeatures(gazetteer, wordCounts, clusters);
        this.firstPass = firstPass;
        this.context = context;
        this.secondPass = secondPass;
        this.compiled = new CompiledTagger(firstPass, secondPass);
    }

    /** The {@link BioTags} tag of each token of each sentence of a text, given in text order. */
    public List<int[]> tag(List<List<String>> sentences) {
        int count = sentences.size();
        List<List<Gazetteer.Match>> matches = new ArrayList<>(count);
        List<List<CompiledTagger.WordScores>> words = new ArrayList<>(count);
        List<double[]> secondPassEmissions = new ArrayList<>(count);
        List<String[]> cores = new ArrayList<>(count);
        List<int[]> first = new ArrayList<>(count);
        for (List<String> sentence : sentences) {
            int n = sentence.size();
            List<Lexeme> lexemes = new ArrayList<>(n);
            List<CompiledTagger.WordScores> sentenceWords = new ArrayList<>(n);
            String[] sentenceCores = new String[n];
            for (String token : sentence) {
                CompiledTagger.WordScores word = word(token);
                sentenceCores[lexemes.size()] = word.lexeme().core();
                lexemes.add(word.lexeme());
                sentenceWords.add(word);
            }
            List<Gazetteer.Match> found = features.matches(lexemes);
            double[][] emissions = compiled.emissions(sentenceWords, NerFeatures.listFeatures(found, n));
            matches.add(found);
            words.add(sentenceWords);
            secondPassEmissions.add(emissions[1]);
            cores.add(sentenceCores);
            first.add(decode(0, emissions[0], sentenceWords, found));
        }
        List<int[]> labels = context.labels(cores, first);
        List<int[]> tags = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            compiled.addContext(secondPassEmissions.get(s), labels.get(s));
            tags.add(decode(1, secondPassEmissions.get(s), words.get(s), matches.get(s)));
        }
        return tags;
    }

    private CompiledTagger.WordScores word(String raw) {
        WordCache<CompiledTagger.WordScores> cache = hasDigit(raw) ? numbers : words;
        CompiledTagger.WordScores word = cache.get(raw);
        if (word == null) {
            word = compiled.scores(features.wordFeatures(features.lexeme(raw)));
            cache.put(raw, word);
        }
        return word;
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int[] decode(int pass, double[] emissions, List<CompiledTagger.WordScores> sentence,
                         List<Gazetteer.Match> matches) {
        int[] tags = compiled.decode(pass, emissions);
        boolean[] unseen = new boolean[tags.length];
        for (int i = 0; i < unseen.length; i++) {
            unseen[i] = sentence.get(i).unseen(pass);
        }
        applyLists(matches, tags, unseen);
        return tags;
    }

    /**
     * What {@link #tag} computes, the slow way: from the feature strings of every token, as in training. Tests hold
     * {@link #tag} to it.
     */
    public List<int[]> tagByFeatureStrings(List<List<String>> sentences) {
        List<List<List<String>>> rows = sentences.stream().map(features::extract).toList();
        List<int[]> first = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            first.add(decode(gazetteer, firstPass, sentences.get(s), rows.get(s)));
        }
        List<List<List<String>>> contextRows = context.features(sentences, first);
        List<int[]> tags = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            tags.add(decode(gazetteer, secondPass, sentences.get(s), withContext(rows.get(s), contextRows.get(s))));
        }
        return tags;
    }

    /** The features of one sentence extended by its context features (a new list; the arguments are unchanged). */
    public static List<List<String>> withContext(List<List<String>> sentence, List<List<String>> context) {
        List<List<String>> combined = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            List<String> token = new ArrayList<>(sentence.get(i));
            token.addAll(context.get(i));
            combined.add(token);
        }
        return combined;
    }

    /**
     * Tags one sentence with {@code tagger} and lets the lists of {@code gazetteer} overrule it (see
     * {@link ListOverrides}). A word counts as unseen if the tagger knows it under none of its proclitic readings
     * (كالرقة, الرقة).
     */
    public static int[] decode(Gazetteer gazetteer, PerceptronTagger tagger, List<String> tokens,
                               List<List<String>> tokenFeatures) {
        int[] tags = tagger.tag(tokenFeatures);
        List<String> normalized = tokens.stream().map(ArabicNormalizer::normalize).toList();
        boolean[] unseen = new boolean[tokens.size()];
        for (int i = 0; i < unseen.length; i++) {
            unseen[i] = NerFeatures.unseen(tagger::knows, Proclitics.readings(normalized.get(i)));
        }
        applyLists(gazetteer.find(normalized), tags, unseen);
        return tags;
    }

    private static void applyLists(List<Gazetteer.Match> matches, int[] tags, boolean[] unseen) {
        LIST_OVERRIDES.apply(matches, tags, unseen);
        LIST_OVERRIDES.extendPersons(matches, tags, unseen);
    }

    /**
     * How many leading letters of a normalised word are proclitics to leave out of a mention that starts with it.
     * The shared {@link ArabicStemmer#splitProclitics} decides, with the lists as a second opinion: a word that
     * itself starts a list entry is kept whole (وحدات in وحدات حماية الشعب), and where the stemmer keeps a short word
     * whole, a conjunction or preposition is still split off if the rest starts an entry, as in وهند (و + هند) or
     * ودير الزور (و + دير الزور). Where ل swallowed the article (للعراق) nothing after the conjunction is cut.
     */
    int procliticLength(String normalizedWord) {
        if (gazetteer.startsEntry(normalizedWord)) {
            return 0;
        }
        ProcliticSplit split = ArabicStemmer.splitProclitics(normalizedWord);
        if (split.article() == ProcliticSplit.Article.ELIDED) {
            return split.cliticLength() - 1;
        }
        if (split.cliticLength() > 0) {
            return split.cliticLength();
        }
        for (Proclitics.Reading reading : Proclitics.readings(normalizedWord).reversed()) {
            boolean cut = normalizedWord.endsWith(reading.base()) && !reading.proclitics().isEmpty();
            if (cut && gazetteer.startsEntry(reading.base())) {
                return reading.proclitics().length();
            }
        }
        return 0;
    }

    /** How many features the two taggers have ids for together. */
    public int featureCount() {
        return firstPass.featureCount() + secondPass.featureCount();
    }

    /** Writes the model as one gzip stream, which {@link #readFrom} reads. */
    public void writeTo(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT_VERSION);
            gazetteer.writeTo(out);
            wordCounts.writeTo(out);
            clusters.writeTo(out);
            firstPass.writeTo(out);
            out.writeInt(context.window());
            secondPass.writeTo(out);
        }
    }

    /** Reads a model that {@link #writeTo} wrote, such as the shipped one. */
    public static NerModel readFrom(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
            String magic = in.readUTF();
            int version = in.readInt();
            if (!MAGIC.equals(magic) || version != FORMAT_VERSION) {
                throw new IOException("not a rasd NER model of format " + FORMAT_VERSION + ": " + magic + " " + version);
            }
            Gazetteer gazetteer = Gazetteer.readFrom(in);
            WordCounts wordCounts = WordCounts.readFrom(in);
            WordClusters clusters = WordClusters.readFrom(in);
            PerceptronTagger firstPass = PerceptronTagger.readFrom(in);
            DocumentContext context = new DocumentContext(in.readInt());
            return new NerModel(gazetteer, wordCounts, clusters, firstPass, context, PerceptronTagger.readFrom(in));
        }
    }
}
