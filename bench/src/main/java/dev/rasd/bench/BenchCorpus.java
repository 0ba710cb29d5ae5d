package dev.rasd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Arabic news text for benchmarks: the sentences of ANERcorp's training file ({@code ../shared/data/anercorp}, about
 * 4,000 sentences of newswire with some 30,000 distinct words), so that benchmarks see the vocabulary, names and
 * sentence lengths of real news rather than one article repeated. Where that file is missing, the seed article's
 * sentences stand in, and {@link #source()} says so.
 */
final class BenchCorpus {

    private final List<String> sentences;
    private final String source;

    private BenchCorpus(List<String> sentences, String source) {
        this.sentences = List.copyOf(sentences);
        this.source = source;
    }

    /** The corpus under the repository root given by the system property {@code rasd.root} (default {@code ..}). */
    static BenchCorpus load() throws IOException {
        Path root = Path.of(System.getProperty("rasd.root", ".."));
        Path anercorp = root.resolve("../shared/data/anercorp/train.bio");
        if (Files.isRegularFile(anercorp)) {
            return new BenchCorpus(anercorpSentences(anercorp), "ANERcorp train.bio");
        }
        String seed = Files.readString(root.resolve("seeds/000_34ebdda601602118.txt"));
        List<String> sentences = new ArrayList<>();
        for (String s : seed.split("[.،]\\s*")) {
            if (s.strip().split("\\s+").length >= 4) {
                sentences.add(s.strip() + ".");
            }
        }
        return new BenchCorpus(sentences, "the seed article (ANERcorp not found at " + anercorp + ")");
    }

    /** Where the sentences come from, for the benchmark's report. */
    String source() {
        return source;
    }

    /** All sentences, in corpus order. */
    List<String> sentences() {
        return sentences;
    }

    /**
     * An article body of about {@code bytes} bytes of UTF-8 (an Arabic letter takes two): sentences drawn at random,
     * each tagged with a random number so that no two articles share a sentence (a stream of distinct stories, as
     * news mostly is).
     */
    String article(Random random, int bytes) {
        StringBuilder text = new StringBuilder();
        int length = 0;
        while (length < bytes) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            int from = text.length();
            text.append(sentence, 0, sentence.length() - 1).append(" رقم ").append(random.nextInt(1_000_000))
                    .append(". ");
            length += text.substring(from).getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString().strip();
    }

    /** A headline: a random sentence of 4 to 14 words. */
    String title(Random random) {
        while (true) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            int words = sentence.split(" ").length;
            if (words >= 4 && words <= 14) {
                return sentence.substring(0, sentence.length() - 1).strip();
            }
        }
    }

    /** Sentences of ANERcorp: tokens joined by spaces, punctuation attached, a sentence ending at a run of "." */
    private static List<String> anercorpSentences(Path file) throws IOException {
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int split = trimmed.lastIndexOf(' ');
            String token = split < 0 ? "" : trimmed.substring(0, split).strip();
            if (token.isEmpty()) {
                continue;
            }
            boolean punctuation = token.length() == 1 && ".,،:;؛!?؟)".contains(token);
            if (sentence.length() > 0 && !punctuation) {
                sentence.append(' ');
            }
            sentence.append(token);
            if (token.equals(".")) {
                if (sentence.length() > 20) {
                    sentences.add(sentence.toString());
                }
                sentence.setLength(0);
            }
        }
        return sentences;
    }
}
