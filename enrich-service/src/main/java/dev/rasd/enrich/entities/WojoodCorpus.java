package dev.rasd.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the Wojood corpus (Jarrar et al., LREC 2022) as extra training data in ANERcorp's terms: one
 * {@code token TAG [TAG …]} per line, a blank line between sentences, nested entities in the further columns. Only
 * the outer layer (the first tag) is read, and its types are mapped to ANERcorp's: PERS to PER, ORG to ORG, GPE and
 * LOC to LOC (ANERcorp tags countries and cities as LOC); every other type (dates, occupations, nationalities …) is
 * {@code O}. The {@code $#$} paragraph markers are left out.
 */
final class WojoodCorpus {

    private static final Map<String, EntityType> TYPES = Map.of(
            "PERS", EntityType.PER, "ORG", EntityType.ORG, "GPE", EntityType.LOC, "LOC", EntityType.LOC);
    private static final String PARAGRAPH_MARK = "$#$";

    private WojoodCorpus() {
    }

    static List<AnerCorpus.LabeledSentence> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static List<AnerCorpus.LabeledSentence> read(BufferedReader reader) throws IOException {
        List<AnerCorpus.LabeledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] columns = line.strip().split(" +");
            if (columns.length < 2) {
                addSentence(sentences, tokens, tags);
                continue;
            }
            if (!columns[0].equals(PARAGRAPH_MARK)) {
                tokens.add(columns[0]);
                tags.add(tag(columns[1]));
            }
        }
        addSentence(sentences, tokens, tags);
        return sentences;
    }

    /** The ANERcorp tag of an outer-layer Wojood label ({@code O}, {@code B-PERS}, {@code I-GPE} …). */
    static int tag(String label) {
        EntityType type = label.length() > 2 ? TYPES.get(label.substring(2)) : null;
        if (type == null) {
            return BioTags.OUTSIDE;
        }
        return label.charAt(0) == 'B' ? BioTags.begin(type) : BioTags.inside(type);
    }

    private static void addSentence(List<AnerCorpus.LabeledSentence> sentences, List<String> tokens,
                                    List<Integer> tags) {
        if (!tokens.isEmpty()) {
            sentences.add(new AnerCorpus.LabeledSentence(List.copyOf(tokens),
                    tags.stream().mapToInt(Integer::intValue).toArray()));
            tokens.clear();
            tags.clear();
        }
    }
}
