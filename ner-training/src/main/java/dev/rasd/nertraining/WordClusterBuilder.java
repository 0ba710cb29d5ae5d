package dev.rasd.nertraining;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.enrich.entities.ArabicTokenizer;
import dev.rasd.enrich.entities.Token;
import dev.rasd.enrich.entities.WordClusters;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Command line that builds the {@link WordClusters} table; {@code scripts/build-word-clusters} runs it around
 * fastText (see {@code WORD-CLUSTERS.md}).
 *
 * <pre>
 * WordClusterBuilder corpus WIKIPEDIA.txt.gz CORPUS.txt
 * WordClusterBuilder cluster VECTORS.vec CORPUS.txt TABLE.tsv.gz [--k 64,256,1024] [--iterations N] [--seed N]
 *                    [--anercorp FILE] [--show WORD,WORD,…]
 * </pre>
 *
 * <p>{@code corpus} turns the Wikipedia dump into fastText's input: one line of space-separated tokens per paragraph,
 * split by {@link ArabicTokenizer} and normalised by {@link ArabicNormalizer} exactly as the recogniser does
 * ({@code Lexeme.word}), without the {@code <doc>} lines. {@code cluster} reads the word vectors fastText wrote
 * (text {@code .vec} format, most frequent word first), groups them with {@link SphericalKMeans} once per {@code k},
 * writes {@code word<TAB>cluster…} sorted by word, and prints the share of the corpus tokens and of the ANERcorp
 * tokens that the table covers, and, for each {@code --show} word, the most frequent words of its cluster at the
 * second granularity.
 */
public final class WordClusterBuilder {

    /** The line fastText writes for its end-of-line token; not a word of the text. */
    private static final String END_OF_LINE = "</s>";
    private static final int SHOWN_NEIGHBOURS = 20;

    private WordClusterBuilder() {
    }

    /** Runs {@code corpus} or {@code cluster} (see the class comment). */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("corpus")) {
            long start = System.nanoTime();
            long tokens = writeCorpus(Path.of(args[1]), Path.of(args[2]));
            System.out.printf(Locale.ROOT, "corpus: %,d tokens in %.1f s%n", tokens, seconds(start));
        } else if (args.length >= 4 && args[0].equals("cluster")) {
            Map<String, String> options = options(Arrays.copyOfRange(args, 4, args.length));
            cluster(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), options);
        } else {
            System.err.println("usage: WordClusterBuilder corpus WIKIPEDIA.txt.gz CORPUS.txt\n"
                    + "       WordClusterBuilder cluster VECTORS.vec CORPUS.txt TABLE.tsv.gz [--k 64,256,1024]"
                    + " [--iterations N] [--seed N] [--anercorp FILE] [--show WORD,WORD,...]");
            System.exit(2);
        }
    }

    /** Writes the tokenised, normalised paragraphs of {@code wikipedia} to {@code corpus}; returns the token count. */
    static long writeCorpus(Path wikipedia, Path corpus) throws IOException {
        long tokens = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(wikipedia), 1 << 16), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (String paragraph = in.readLine(); paragraph != null; paragraph = in.readLine()) {
                if (paragraph.startsWith("<doc ") || paragraph.equals("</doc>")) {
                    continue;
                }
                line.setLength(0);
                for (Token token : ArabicTokenizer.tokenize(paragraph)) {
                    String word = ArabicNormalizer.normalize(token.text());
                    // presentation-form ligatures such as ﷺ normalise to several words: no look-up can match them
                    if (!word.isEmpty() && word.codePoints().noneMatch(Character::isWhitespace)) {
                        line.append(line.isEmpty() ? "" : " ").append(word);
                        tokens++;
                    }
                }
                if (!line.isEmpty()) {
                    out.append(line).append('\n');
                }
            }
        }
        return tokens;
    }

    private static void cluster(Path vectorFile, Path corpus, Path table, Map<String, String> options)
            throws IOException {
        int[] ks = Arrays.stream(options.get("--k").split(",")).mapToInt(Integer::parseInt).toArray();
        int iterations = Integer.parseInt(options.get("--iterations"));
        long seed = Long.parseLong(options.get("--seed"));

        long start = System.nanoTime();
        Vectors vectors = Vectors.read(vectorFile);
        SphericalKMeans.normalizeRows(vectors.values, vectors.dimension);
        System.out.printf(Locale.ROOT, "read %,d vectors of dimension %d in %.1f s%n",
                vectors.words.size(), vectors.dimension, seconds(start));

        SphericalKMeans kMeans = new SphericalKMeans(vectors.values, vectors.dimension);
        int[][] clusters = new int[ks.length][];
        for (int level = 0; level < ks.length; level++) {
            long levelStart = System.nanoTime();
            clusters[level] = kMeans.cluster(ks[level], iterations, seed);
            System.out.printf(Locale.ROOT, "k=%d in %.1f s%n", ks[level], seconds(levelStart));
        }
        writeTable(vectors.words, clusters, table);
        System.out.printf(Locale.ROOT, "wrote %,d words to %s (%,d bytes)%n",
                vectors.words.size(), table, Files.size(table));

        WordClusters lookup = WordClusters.load(table);
        printCoverage("corpus", corpusTokens(corpus), lookup);
        if (!options.get("--anercorp").isEmpty()) {
            printCoverage("ANERcorp", anerCorpusTokens(Path.of(options.get("--anercorp"))), lookup);
        }
        if (!options.get("--show").isEmpty()) {
            printNeighbours(options.get("--show").split(","), vectors.words, clusters[Math.min(1, ks.length - 1)]);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("--k", "64,256,1024", "--iterations", "20",
                "--seed", "20170120", "--anercorp", "", "--show", ""));
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static void writeTable(List<String> words, int[][] clusters, Path table) throws IOException {
        Integer[] order = new Integer[words.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> words.get(a).compareTo(words.get(b)));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(table), 1 << 16), StandardCharsets.UTF_8))) {
            for (int i : order) {
                out.append(words.get(i));
                for (int[] level : clusters) {
                    out.append('\t').append(Integer.toString(level[i]));
                }
                out.append('\n');
            }
        }
    }

    /** How often each token occurs in the corpus that {@link #writeCorpus} wrote. */
    private static Map<String, Long> corpusTokens(Path corpus) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (String token : line.split(" ")) {
                    counts.merge(token, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** How often each normalised token occurs in an ANERcorp file, read as the trainer reads it. */
    private static Map<String, Long> anerCorpusTokens(Path file) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (AnerCorpus.LabeledSentence sentence : AnerCorpus.read(file)) {
            for (String token : sentence.tokens()) {
                counts.merge(ArabicNormalizer.normalize(token), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Prints the share of tokens the table covers, over all tokens and over tokens with a letter (punctuation and
     * numbers are frequent and almost always covered, and tell little about names).
     */
    private static void printCoverage(String name, Map<String, Long> counts, WordClusters lookup) {
        long[] all = new long[2];
        long[] lettered = new long[2];
        counts.forEach((word, count) -> {
            boolean covered = lookup.of(word).length > 0;
            all[0] += count;
            all[1] += covered ? count : 0;
            if (word.codePoints().anyMatch(Character::isLetter)) {
                lettered[0] += count;
                lettered[1] += covered ? count : 0;
            }
        });
        System.out.printf(Locale.ROOT, "%s coverage: %.2f%% of %,d tokens, %.2f%% of %,d tokens with a letter%n",
                name, 100.0 * all[1] / all[0], all[0], 100.0 * lettered[1] / lettered[0], lettered[0]);
    }

    private static void printNeighbours(String[] shown, List<String> words, int[] clusters) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        for (String raw : shown) {
            String word = ArabicNormalizer.normalize(raw);
            Integer row = index.get(word);
            if (row == null) {
                System.out.printf("%s: not in the table%n", word);
                continue;
            }
            // words are in fastText's order, most frequent first
            List<String> neighbours = new ArrayList<>();
            for (int i = 0; i < words.size() && neighbours.size() < SHOWN_NEIGHBOURS; i++) {
                if (clusters[i] == clusters[row] && i != row) {
                    neighbours.add(words.get(i));
                }
            }
            long size = Arrays.stream(clusters).filter(c -> c == clusters[row]).count();
            System.out.printf(Locale.ROOT, "%s (cluster %d, %,d words): %s%n",
                    word, clusters[row], size, String.join(" ", neighbours));
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Word vectors in fastText's text format, in its order; {@code values} holds the rows one after another. */
    private record Vectors(List<String> words, float[] values, int dimension) {

        static Vectors read(Path file) throws IOException {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String[] header = in.readLine().trim().split(" ");
                int count = Integer.parseInt(header[0]);
                int dimension = Integer.parseInt(header[1]);
                Map<String, float[]> rows = new LinkedHashMap<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] fields = line.trim().split(" ");
                    if (fields.length != dimension + 1) {
                        throw new IOException(file + ": expected a word and " + dimension + " numbers: " + line);
                    }
                    if (!fields[0].equals(END_OF_LINE)) {
                        float[] row = new float[dimension];
                        for (int j = 0; j < dimension; j++) {
                            row[j] = Float.parseFloat(fields[j + 1]);
                        }
                        rows.put(fields[0], row);
                    }
                }
                if (rows.size() < count - 1) {
                    throw new IOException(file + ": header announces " + count + " words, found " + rows.size());
                }
                float[] values = new float[rows.size() * dimension];
                int offset = 0;
                for (float[] row : rows.values()) {
                    System.arraycopy(row, 0, values, offset, dimension);
                    offset += dimension;
                }
                return new Vectors(List.copyOf(rows.keySet()), values, dimension);
            }
        }
    }
}
