package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.arabic.ArabicStemmer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a tokenised sentence into the observation features of each token for the tagger: the normalised word and
 * its light stem in a window of two tokens either side, word bigrams, every proclitic reading of the word,
 * prefixes and suffixes, word shape, and the lists (gazetteer) the token or its neighbours belong to. A list match
 * marks its tokens by position ({@code S} single, {@code B} begin, {@code I} inside, {@code E} end), and a list
 * entry that ends just before a token (a title such as الرئيس, a head such as وزارة) or starts just after it is a
 * feature of that token too, which is how trigger words work.
 */
final class NerFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final Gazetteer gazetteer;
    private final WordCounts wordCounts;

    NerFeatures(Gazetteer gazetteer, WordCounts wordCounts) {
        this.gazetteer = gazetteer;
        this.wordCounts = wordCounts;
    }

    /** The features of each token of {@code tokens}; element {@code i} belongs to token {@code i}. */
    List<List<String>> extract(List<String> tokens) {
        int n = tokens.size();
        String[] words = new String[n];
        String[] stems = new String[n];
        String[] cores = new String[n];
        List<String> normalized = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words[i] = ArabicNormalizer.normalize(tokens.get(i));
            stems[i] = words[i].isEmpty() ? words[i] : ArabicStemmer.stem(tokens.get(i));
            cores[i] = WordCounts.key(words[i]);
            normalized.add(words[i]);
        }
        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(new ArrayList<>(48));
        }
        for (int i = 0; i < n; i++) {
            addWordFeatures(features.get(i), tokens.get(i), words, stems, cores, i);
            String frequency = frequencyClass(wordCounts.count(cores[i]));
            features.get(i).add("freq=" + frequency);
            features.get(i).add("freq-1|freq=" + frequencyClass(i == 0 ? -1 : wordCounts.count(cores[i - 1]))
                    + "|" + frequency);
        }
        for (Gazetteer.Match match : gazetteer.find(normalized)) {
            addListFeatures(features, match);
        }
        return features;
    }

    private static void addWordFeatures(List<String> f, String raw, String[] words, String[] stems, String[] cores,
                                        int i) {
        String word = words[i];
        f.add("bias");
        f.add(wordFeature(word));
        f.add("s=" + stems[i]);
        for (String offset : new String[] {"-2", "-1", "+1", "+2"}) {
            f.add("w" + offset + "=" + at(words, i + Integer.parseInt(offset)));
            f.add("s" + offset + "=" + at(stems, i + Integer.parseInt(offset)));
        }
        f.add("w-1w=" + at(words, i - 1) + "|" + word);
        f.add("ww+1=" + word + "|" + at(words, i + 1));
        f.add("s-1s=" + at(stems, i - 1) + "|" + stems[i]);
        f.add("c-1=" + at(cores, i - 1));
        f.add("c+1=" + at(cores, i + 1));
        String core = word;
        for (Proclitics.Reading reading : Proclitics.readings(word)) {
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
        f.add("shape=" + shape(raw));
        f.add("len=" + Math.min(core.length(), 8));
    }

    private static void addListFeatures(List<List<String>> features, Gazetteer.Match match) {
        String category = match.category();
        int start = match.start();
        int end = match.end();
        if (end - start == 1) {
            features.get(start).add("g=" + category + ":S");
        } else {
            features.get(start).add("g=" + category + ":B");
            for (int i = start + 1; i < end - 1; i++) {
                features.get(i).add("g=" + category + ":I");
            }
            features.get(end - 1).add("g=" + category + ":E");
        }
        if (end < features.size()) {
            features.get(end).add("g-1=" + category);
        }
        if (end + 1 < features.size()) {
            features.get(end + 1).add("g-2=" + category);
        }
        if (start > 0) {
            features.get(start - 1).add("g+1=" + category);
        }
    }

    /** The feature naming the normalised word itself. */
    static String wordFeature(String normalizedWord) {
        return "w=" + normalizedWord;
    }

    /** Coarse frequency classes; -1 marks the sentence start. */
    private static String frequencyClass(int count) {
        return count < 0 ? "start" : count == 0 ? "0" : count == 1 ? "1" : count < 5 ? "2-4" : count < 20 ? "5-19"
                : count < 100 ? "20-99" : "100+";
    }

    private static String at(String[] words, int i) {
        return i < 0 ? START : i >= words.length ? END : words[i];
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
