package dev.rasd.nertraining;

import dev.rasd.enrich.entities.BioTags;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ANERcorp-style BIO files: one {@code token TAG} per line, where a sentence ends at a run of {@code .}
 * tokens. Lines without a token (the corpus has a few) are skipped; a line with an unknown tag is an error naming
 * the line.
 */
final class AnerCorpus {

    /**
     * A sentence with its gold tags.
     *
     * @param tokens the tokens
     * @param tags   the {@link BioTags} tag of each token
     */
    record LabeledSentence(List<String> tokens, int[] tags) {
    }

    private AnerCorpus() {
    }

    static List<LabeledSentence> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<LabeledSentence> read(BufferedReader reader, String source) throws IOException {
        List<LabeledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            int split = trimmed.lastIndexOf(' ');
            String token = split < 0 ? "" : trimmed.substring(0, split).strip();
            if (token.isEmpty()) {
                continue;
            }
            if (!tokens.isEmpty() && tokens.getLast().equals(".") && !token.equals(".")) {
                sentences.add(sentence(tokens, tags));
                tokens.clear();
                tags.clear();
            }
            try {
                tags.add(BioTags.parse(trimmed.substring(split + 1)));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + lineNumber + ": " + e.getMessage(), e);
            }
            tokens.add(token);
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(tokens, tags));
        }
        return sentences;
    }

    private static LabeledSentence sentence(List<String> tokens, List<Integer> tags) {
        return new LabeledSentence(List.copyOf(tokens), tags.stream().mapToInt(Integer::intValue).toArray());
    }
}
