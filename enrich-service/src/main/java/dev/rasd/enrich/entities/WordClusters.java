package dev.rasd.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learned from unlabelled text: for each known normalised word ({@code Lexeme.word}), the id of its
 * cluster at each of a few granularities, coarse to fine. Words used in similar contexts share clusters, so a name
 * the tagger never saw in training still shares a cluster with names it did see.
 *
 * <p>The table is text, one word a line: {@code word<TAB>id<TAB>id…}, the same number of ids on every line. The
 * shipped one, {@value #RESOURCE}, has ids for 64, 256 and 1024 clusters built from Arabic Wikipedia (see
 * {@code WORD-CLUSTERS.md}).
 */
public final class WordClusters {

    /** The shipped table, next to this class. */
    public static final String RESOURCE = "word-clusters.tsv.gz";

    private static final int[] UNKNOWN = new int[0];

    private final Map<String, Integer> rows;
    private final int[] ids;
    private final int levels;

    private WordClusters(Map<String, Integer> rows, int[] ids, int levels) {
        this.rows = rows;
        this.ids = ids;
        this.levels = levels;
    }

    /** The shipped table. */
    public static WordClusters shipped() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table from a file, gunzipped when its name ends with {@code .gz}. */
    public static WordClusters load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
        }
    }

    /**
     * Reads a table in UTF-8; does not close {@code in}.
     *
     * @throws IllegalArgumentException if a line has no ids, a different number of ids than the first line or an id
     *                                  that is not a non-negative integer, or if a word is listed twice
     */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> rows = new HashMap<>();
        int[] ids = new int[1 << 12];
        int levels = -1;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] fields = line.split("\t");
            if (levels < 0) {
                levels = fields.length - 1;
            }
            if (levels < 1 || fields.length != levels + 1) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected a word and " + levels
                        + " cluster ids: " + line);
            }
            int row = rows.size();
            if (ids.length < (row + 1) * levels) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            for (int level = 0; level < levels; level++) {
                ids[row * levels + level] = id(fields[level + 1], lineNumber);
            }
            if (rows.putIfAbsent(fields[0], row) != null) {
                throw new IllegalArgumentException("line " + lineNumber + ": word listed twice: " + fields[0]);
            }
        }
        return new WordClusters(rows, Arrays.copyOf(ids, rows.size() * Math.max(levels, 0)), Math.max(levels, 0));
    }

    private static int id(String field, int lineNumber) {
        try {
            int id = Integer.parseInt(field);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below like a negative id
        }
        throw new IllegalArgumentException("line " + lineNumber + ": not a cluster id: " + field);
    }

    /**
     * The cluster ids of a normalised word, coarse to fine, in a new array; an empty array for a word not in the
     * table.
     */
    public int[] of(String normalizedWord) {
        Integer row = rows.get(normalizedWord);
        return row == null ? UNKNOWN : Arrays.copyOfRange(ids, row * levels, (row + 1) * levels);
    }

    /** The number of granularities (ids per word); 0 for an empty table. */
    public int levels() {
        return levels;
    }

    /** The number of words in the table. */
    public int size() {
        return rows.size();
    }
}
