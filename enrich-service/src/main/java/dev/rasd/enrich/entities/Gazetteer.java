package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of words and phrases (countries, cities, organisations, first names, titles …) found in token
 * sequences. Matching is done on normalised words, ignores the article ال on every word and proclitics (و ف ب ل
 * ك) on the first one, and covers multi-word entries: "دير الزور" matches the tokens {@code ودير الزور}.
 */
public final class Gazetteer {

    /** Category of the Arabic country names of the JDK's CLDR data. */
    public static final String CLDR_COUNTRIES = "cldr-countries";
    /** Category of the Arabic names of the cities that name time zones in the JDK's CLDR data. */
    public static final String CLDR_CITIES = "cldr-cities";

    /**
     * A list entry found in a token sequence.
     *
     * @param category the list it comes from
     * @param start    index of its first token
     * @param end      index just past its last token
     */
    public record Match(String category, int start, int end) {
    }

    /** A list entry: its category and the {@link #key}s of its words. */
    record Entry(String category, String[] keys) {
    }

    /**
     * How a token is looked up, computed once per distinct word: the entries that may start at it (an entry may
     * start at the token under any of its proclitic readings), and the key the following words of an entry compare
     * with (the token's whole word); the article is ignored in both.
     *
     * @param wordKey          the key of the whole word
     * @param startingEntries  the entries whose first word matches the token, one group per reading, or null for
     *                         none (most tokens)
     */
    record Keys(String wordKey, List<Starts> startingEntries) {
    }

    /**
     * The entries that start with one word: those of that word alone, and the longer ones by the key of their second
     * word. A common first word (نادي، مدينة، محمد) starts hundreds of entries of the larger lists, and a sentence
     * only needs to compare the few whose second word is the next token.
     */
    record Starts(List<Entry> oneWord, Map<String, List<Entry>> bySecondKey) {
    }

    /** The keys of a normalised word, given its proclitic readings. */
    Keys keysOf(String normalizedWord, List<Proclitics.Reading> readings) {
        List<Starts> starting = null;
        for (Proclitics.Reading reading : readings) {
            Starts entries = entriesByFirstKey.get(key(reading.base()));
            if (entries != null) {
                if (starting == null) {
                    starting = new ArrayList<>(2);
                }
                starting.add(entries);
            }
        }
        return new Keys(key(normalizedWord), starting == null ? null : List.copyOf(starting));
    }

    /**
     * The form a word is matched by: without article, and with غ read as ج, the two letters Arabic writers use
     * for a foreign hard g (هونغ كونغ, هونج كونج).
     */
    private static String key(String normalizedWord) {
        return Proclitics.withoutArticle(normalizedWord).replace('غ', 'ج');
    }

    private final Map<String, Set<String>> phrasesByCategory;
    private final Map<String, Starts> entriesByFirstKey = new HashMap<>();

    private Gazetteer(Map<String, Set<String>> phrasesByCategory) {
        this.phrasesByCategory = phrasesByCategory;
        phrasesByCategory.forEach((category, phrases) -> phrases.forEach(phrase -> {
            String[] keys = Arrays.stream(phrase.split(" ")).map(Gazetteer::key).toArray(String[]::new);
            Starts starts = entriesByFirstKey.computeIfAbsent(keys[0],
                    k -> new Starts(new ArrayList<>(1), new HashMap<>(2)));
            Entry entry = new Entry(category, keys);
            if (keys.length == 1) {
                starts.oneWord().add(entry);
            } else {
                starts.bySecondKey().computeIfAbsent(keys[1], k -> new ArrayList<>(1)).add(entry);
            }
        }));
    }

    /** A builder that collects entries per category. */
    public static Builder builder() {
        return new Builder();
    }

    /** The categories in the order they were added. */
    Set<String> categories() {
        return phrasesByCategory.keySet();
    }

    /** How many entries all lists hold together. */
    public int size() {
        return phrasesByCategory.values().stream().mapToInt(Set::size).sum();
    }

    /** Whether some entry of some list starts with the normalised word (with or without article). */
    boolean startsEntry(String normalizedWord) {
        return entriesByFirstKey.containsKey(key(normalizedWord));
    }

    /**
     * All entries found in {@code normalizedTokens}: for each start token and category, the longest entry that
     * starts there.
     */
    public List<Match> find(List<String> normalizedTokens) {
        return findByKeys(normalizedTokens.stream().map(word -> keysOf(word, Proclitics.readings(word))).toList());
    }

    /** {@link #find} for tokens whose {@link Keys} are already known. */
    List<Match> findByKeys(List<Keys> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            List<Starts> candidates = tokens.get(start).startingEntries();
            if (candidates == null) {
                continue;
            }
            Map<String, Integer> longestEnd = new LinkedHashMap<>();
            for (Starts starts : candidates) {
                addLongestEnds(starts.oneWord(), tokens, start, longestEnd);
                if (start + 1 < tokens.size()) {
                    List<Entry> longer = starts.bySecondKey().get(tokens.get(start + 1).wordKey());
                    if (longer != null) {
                        addLongestEnds(longer, tokens, start, longestEnd);
                    }
                }
            }
            for (Map.Entry<String, Integer> found : longestEnd.entrySet()) {
                matches.add(new Match(found.getKey(), start, found.getValue()));
            }
        }
        return matches;
    }

    /** Records, per category, the end of the longest of {@code entries} that matches at {@code start}. */
    private static void addLongestEnds(List<Entry> entries, List<Keys> tokens, int start,
                                       Map<String, Integer> longestEnd) {
        for (Entry entry : entries) {
            if (matchesRest(entry.keys(), tokens, start)) {
                longestEnd.merge(entry.category(), start + entry.keys().length, Math::max);
            }
        }
    }

    private static boolean matchesRest(String[] keys, List<Keys> tokens, int start) {
        if (start + keys.length > tokens.size()) {
            return false;
        }
        for (int i = 1; i < keys.length; i++) {
            if (!keys[i].equals(tokens.get(start + i).wordKey())) {
                return false;
            }
        }
        return true;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(phrasesByCategory.size());
        for (Map.Entry<String, Set<String>> category : phrasesByCategory.entrySet()) {
            out.writeUTF(category.getKey());
            out.writeInt(category.getValue().size());
            for (String phrase : category.getValue()) {
                out.writeUTF(phrase);
            }
        }
    }

    static Gazetteer readFrom(DataInputStream in) throws IOException {
        Builder builder = builder();
        int categories = in.readInt();
        for (int c = 0; c < categories; c++) {
            String category = in.readUTF();
            int phrases = in.readInt();
            for (int p = 0; p < phrases; p++) {
                builder.add(category, in.readUTF());
            }
        }
        return builder.build();
    }

    /** Collects list entries; each phrase is normalised and split on white space. */
    public static final class Builder {
        private final Map<String, Set<String>> phrasesByCategory = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds {@code phrase} to {@code category}; blank phrases are ignored. */
        public Builder add(String category, String phrase) {
            List<String> words = new ArrayList<>();
            for (Token token : ArabicTokenizer.tokenize(phrase)) {
                String word = ArabicNormalizer.normalize(token.text());
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                phrasesByCategory.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(String.join(" ", words));
            }
            return this;
        }

        /** The normalised entries of {@code category} added so far. */
        public Set<String> entries(String category) {
            return phrasesByCategory.getOrDefault(category, Set.of());
        }

        /** The lists collected so far. */
        public Gazetteer build() {
            return new Gazetteer(phrasesByCategory);
        }
    }
}
