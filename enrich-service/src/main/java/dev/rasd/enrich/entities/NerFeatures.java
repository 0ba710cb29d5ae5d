package dev.rasd.enrich.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a tokenised sentence into the observation features of each token for the tagger: the normalised word and
 * its light stem in a window of two tokens either side, word bigrams, every proclitic reading of the word,
 * prefixes and suffixes, word shape, and the lists (gazetteer) the token or its neighbours belong to. A list match
 * marks its tokens by position ({@code S} single, {@code B} begin, {@code I} inside, {@code E} end), and a list
 * entry that ends just before a token (a title such as الرئيس, a head such as وزارة) or starts just after it is a
 * feature of that token too, which is how trigger words work.
 */
public final class NerFeatures {

    static final String START = "<s>";
    static final String END = "</s>";
    /** The neighbours, by offset, whose words are features of a token. */
    static final int[] NEIGHBOUR_OFFSETS = {-2, -1, 1, 2};
    /** Prefix of the feature pairing the previous word with the token's word. */
    static final String WORD_PAIR_BEFORE = "w-1w=";
    /** Prefix of the feature pairing the token's word with the next word. */
    static final String WORD_PAIR_AFTER = "ww+1=";
    /** Prefix of the feature pairing the previous stem with the token's stem. */
    static final String STEM_PAIR_BEFORE = "s-1s=";
    /** Prefix of the feature pairing the previous word's clitic-free core with the token's. */
    static final String CORE_PAIR_BEFORE = "c-1c=";
    /** Prefix of the feature pairing the token's clitic-free core with the next word's. */
    static final String CORE_PAIR_AFTER = "cc+1=";
    /** Prefix of the feature pairing the previous word's frequency class with the token's. */
    static final String FREQUENCY_PAIR = "freq-1|freq=";
    /** Frequency classes (see {@link #frequencyClass}); {@code start} stands for the position before a sentence. */
    static final List<String> FREQUENCY_CLASSES = List.of("start", "0", "1", "2-4", "5-19", "20-99", "100+");

    private final Gazetteer gazetteer;
    private final WordCounts wordCounts;
    private final WordClusters clusters;

    /**
     * @param gazetteer  the lists whose matches are features
     * @param wordCounts the training text's word counts, for the frequency-class features
     * @param clusters   the word clusters, for the cluster features
     */
    public NerFeatures(Gazetteer gazetteer, WordCounts wordCounts, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.wordCounts = wordCounts;
        this.clusters = clusters;
    }

    /** The analysis of a written word with this model's lists and clusters. */
    Lexeme lexeme(String raw) {
        return Lexeme.of(raw, gazetteer, clusters);
    }

    /**
     * The features of each token of {@code tokens}; element {@code i} belongs to token {@code i}. They are the
     * token's {@link #own} features, those of its {@link #neighbour}s, the {@link #pair}s it forms with the tokens
     * beside it, and its {@link #listFeatures}.
     */
    public List<List<String>> extract(List<String> tokens) {
        List<Lexeme> lexemes = tokens.stream().map(this::lexeme).toList();
        List<List<String>> lists = listFeatures(matches(lexemes), lexemes.size());
        Lexeme start = Lexeme.boundary(START);
        Lexeme end = Lexeme.boundary(END);
        int n = lexemes.size();
        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Lexeme lexeme = lexemes.get(i);
            List<String> f = new ArrayList<>(64);
            f.addAll(own(lexeme));
            for (int offset : NEIGHBOUR_OFFSETS) {
                int j = i + offset;
                f.addAll(neighbour(j < 0 ? start : j >= n ? end : lexemes.get(j), offset));
            }
            Lexeme previous = i == 0 ? start : lexemes.get(i - 1);
            Lexeme next = i + 1 == n ? end : lexemes.get(i + 1);
            f.add(pair(WORD_PAIR_BEFORE, previous.word(), lexeme.word()));
            f.add(pair(WORD_PAIR_AFTER, lexeme.word(), next.word()));
            f.add(pair(STEM_PAIR_BEFORE, previous.stem(), lexeme.stem()));
            f.add(pair(CORE_PAIR_BEFORE, previous.core(), lexeme.core()));
            f.add(pair(CORE_PAIR_AFTER, lexeme.core(), next.core()));
            f.add(pair(FREQUENCY_PAIR, i == 0 ? FREQUENCY_CLASSES.getFirst() : frequencyClass(previous),
                    frequencyClass(lexeme)));
            f.addAll(lists.get(i));
            features.add(f);
        }
        return features;
    }

    /**
     * The features a token has whatever its neighbours: its normalised word and stem, every proclitic reading
     * (the base without article, and the proclitics), prefixes and suffixes, the ends and character trigrams of its
     * clitic-free core, its shape and length, and how often training saw it.
     */
    List<String> own(Lexeme lexeme) {
        String word = lexeme.word();
        List<String> f = new ArrayList<>(40);
        f.add("bias");
        f.add(wordFeature(word));
        f.add("s=" + lexeme.stem());
        String core = word;
        for (Proclitics.Reading reading : lexeme.readings()) {
            core = Proclitics.withoutArticle(reading.base());
            f.add("r=" + core);
            f.add("pc=" + reading.proclitics());
        }
        for (int k = 1; k <= 3; k++) {
            if (word.length() > k) {
                f.add("p" + k + "=" + word.substring(0, k));
                f.add("x" + k + "=" + word.substring(word.length() - k));
            }
        }
        if (core.length() > 2) {
            f.add("cx2=" + core.substring(core.length() - 2));
            f.add("cp2=" + core.substring(0, 2));
        }
        String bounded = "^" + core + "$";
        for (int k = 0; k + 3 <= bounded.length(); k++) {
            f.add("c3=" + bounded.substring(k, k + 3));
        }
        f.add("shape=" + shape(lexeme.raw()));
        f.add("len=" + Math.min(core.length(), 8));
        f.add("freq=" + frequencyClass(lexeme));
        int[] ids = lexeme.clusters();
        if (ids.length == 0) {
            f.add("k=none");
        }
        for (int level = 0; level < ids.length; level++) {
            f.add("k" + level + "=" + ids[level]);
        }
        return f;
    }

    /**
     * The features of a word that do not depend on where it stands: its {@link #own} features, and those it gives
     * the token it is a neighbour of, for each offset of {@link #NEIGHBOUR_OFFSETS}.
     */
    record WordFeatures(Lexeme lexeme, List<String> own, List<List<String>> asNeighbour, String frequencyClass) {
    }

    /** The {@link WordFeatures} of {@code lexeme}. */
    WordFeatures wordFeatures(Lexeme lexeme) {
        List<List<String>> asNeighbour = new ArrayList<>(NEIGHBOUR_OFFSETS.length);
        for (int offset : NEIGHBOUR_OFFSETS) {
            asNeighbour.add(neighbour(lexeme, offset));
        }
        return new WordFeatures(lexeme, own(lexeme), asNeighbour, frequencyClass(lexeme));
    }

    /**
     * The features a token gets from the word {@code offset} positions away ({@link #NEIGHBOUR_OFFSETS}; a
     * {@link Lexeme#boundary} past the sentence's ends): its word, stem and word clusters (all but the coarsest),
     * and for the adjacent words their core.
     */
    static List<String> neighbour(Lexeme neighbour, int offset) {
        String position = offset > 0 ? "+" + offset : String.valueOf(offset);
        List<String> f = new ArrayList<>(6);
        f.add("w" + position + "=" + neighbour.word());
        f.add("s" + position + "=" + neighbour.stem());
        if (Math.abs(offset) == 1) {
            f.add("c" + position + "=" + neighbour.core());
        }
        int[] ids = neighbour.clusters();
        for (int level = 1; level < ids.length; level++) {
            f.add("k" + level + position + "=" + ids[level]);
        }
        return f;
    }

    /** The feature of a template over two adjacent tokens. */
    static String pair(String prefix, String left, String right) {
        return prefix + left + "|" + right;
    }

    /**
     * The list features of each of {@code tokens} tokens, given the list {@code matches} in them: a match marks its
     * tokens by position ({@code S} single, {@code B} begin, {@code I} inside, {@code E} end), the token after it
     * ({@code g-1}) and the one after that ({@code g-2}), and the token before it ({@code g+1}).
     */
    static List<List<String>> listFeatures(List<Gazetteer.Match> matches, int tokens) {
        // most tokens have none: they share one empty list, and a token gets its own list with its first feature
        List<List<String>> features = new ArrayList<>(Collections.nCopies(tokens, List.of()));
        for (Gazetteer.Match match : matches) {
            addListFeatures(features, match);
        }
        return features;
    }

    /** The list entries found in a sentence. */
    List<Gazetteer.Match> matches(List<Lexeme> sentence) {
        return gazetteer.findByKeys(sentence.stream().map(Lexeme::listKeys).toList());
    }

    private static void addListFeatures(List<List<String>> features, Gazetteer.Match match) {
        String category = match.category();
        int start = match.start();
        int end = match.end();
        if (end - start == 1) {
            add(features, start, "g=" + category + ":S");
        } else {
            add(features, start, "g=" + category + ":B");
            for (int i = start + 1; i < end - 1; i++) {
                add(features, i, "g=" + category + ":I");
            }
            add(features, end - 1, "g=" + category + ":E");
        }
        if (end < features.size()) {
            add(features, end, "g-1=" + category);
        }
        if (end + 1 < features.size()) {
            add(features, end + 1, "g-2=" + category);
        }
        if (start > 0) {
            add(features, start - 1, "g+1=" + category);
        }
    }

    private static void add(List<List<String>> features, int token, String feature) {
        if (features.get(token).isEmpty()) {
            features.set(token, new ArrayList<>(2));
        }
        features.get(token).add(feature);
    }

    /**
     * Whether a tagger learned no weight for the word under any of its proclitic {@code readings}.
     *
     * @param knows whether the tagger learned a weight for a feature ({@link PerceptronTagger#knows(String)})
     */
    static boolean unseen(Predicate<String> knows, List<Proclitics.Reading> readings) {
        for (Proclitics.Reading reading : readings) {
            if (knows.test(wordFeature(reading.base()))) {
                return false;
            }
        }
        return true;
    }

    /** The feature naming the normalised word itself. */
    static String wordFeature(String normalizedWord) {
        return "w=" + normalizedWord;
    }

    /** The coarse class of how often training saw the word (one of {@link #FREQUENCY_CLASSES} but the first). */
    String frequencyClass(Lexeme lexeme) {
        int count = wordCounts.count(lexeme.core());
        return FREQUENCY_CLASSES.get(count == 0 ? 1 : count == 1 ? 2 : count < 5 ? 3 : count < 20 ? 4
                : count < 100 ? 5 : 6);
    }

    /**
     * A coarse class of how the token is written: Arabic, Latin (capitalised or not), digits, punctuation, mixed.
     * Every char of the Arabic block counts as Arabic script, its punctuation (، ؛ ؟) included: giving that
     * punctuation a class of its own was tried and lowered development F1 from 0.719 to 0.711.
     */
    static String shape(String token) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                arabic = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            } else {
                other = true;
            }
        }
        if (token.isEmpty()) {
            return "empty";
        }
        if (arabic && !latin && !digit) {
            return "arabic";
        }
        if (latin && !arabic && !digit) {
            return Character.isUpperCase(token.charAt(0)) ? "Latin" : "latin";
        }
        if (digit && !arabic && !latin) {
            return "digits";
        }
        if (other && !arabic && !latin && !digit) {
            return "punct:" + token;
        }
        return "mixed";
    }
}
