package dev.rasd.nertraining;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.enrich.entities.ArabicTokenizer;
import dev.rasd.enrich.entities.Gazetteer;
import dev.rasd.enrich.entities.Proclitics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Lists of likely names mined from unlabelled Arabic text by the company a word keeps: a word written without the
 * article that often follows a person title (الرئيس، اللاعب، الشيخ …) is likely a given name or surname, one that often
 * follows an organisation head (شركة، نادي، حزب …) an organisation's name, one that often follows a place head
 * (مدينة، محافظة …) a place. Training gives these lists whatever weight they earn as features; they reach the
 * names that news of 2007 never mentioned (car makers, clubs, players) without anyone writing them down.
 */
final class MinedNameLists {

    /** Category of words that often follow a person title. */
    static final String AFTER_TITLES = "mined-after-titles";
    /** Category of words that often follow an organisation head. */
    static final String AFTER_ORGANISATION_HEADS = "mined-after-organisation-heads";
    /** Category of words that often follow a place head. */
    static final String AFTER_PLACE_HEADS = "mined-after-place-heads";

    /** A word must follow heads of a kind at least this often … */
    static final int MIN_COUNT = 3;
    /** … and in at least this share of all its occurrences. */
    static final double MIN_SHARE = 0.1;

    private final Map<String, Set<String>> headsByCategory;
    private final Map<String, Map<String, Integer>> followers = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    /**
     * @param headsByCategory for each category to mine, the normalised one-word heads whose next word it counts
     */
    MinedNameLists(Map<String, Set<String>> headsByCategory) {
        this.headsByCategory = headsByCategory;
        headsByCategory.keySet().forEach(category -> followers.put(category, new HashMap<>()));
    }

    /** Counts the words of one sentence, given as normalised tokens. */
    void count(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            totals.merge(word, 1, Integer::sum);
            if (i + 1 < words.size() && isCandidate(words.get(i + 1))) {
                String head = withoutConjunction(word);
                for (Map.Entry<String, Set<String>> heads : headsByCategory.entrySet()) {
                    if (heads.getValue().contains(head)) {
                        followers.get(heads.getKey()).merge(words.get(i + 1), 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Adds the words counted often enough after each kind of head to {@code builder}, under its category. */
    Gazetteer.Builder addTo(Gazetteer.Builder builder) {
        for (Map.Entry<String, Map<String, Integer>> category : new TreeMap<>(followers).entrySet()) {
            new TreeMap<>(category.getValue()).forEach((word, count) -> {
                if (count >= MIN_COUNT && count >= MIN_SHARE * totals.get(word)) {
                    builder.add(category.getKey(), word);
                }
            });
        }
        return builder;
    }

    /** Counts every sentence of a gzipped text file (Wikipedia's {@code <doc>} lines are left out). */
    void countFile(Path gzippedText) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gzippedText), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("<doc") && !line.startsWith("</doc")) {
                    count(ArabicTokenizer.tokenize(line).stream()
                            .map(token -> ArabicNormalizer.normalize(token.text())).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gzippedText, e);
        }
    }

    /** A name follows its head without the article (شركة تويوتا), where a common noun takes it (شركة النفط). */
    private static boolean isCandidate(String word) {
        return word.length() >= 2 && !word.startsWith(Proclitics.ARTICLE) && Character.isLetter(word.charAt(0));
    }

    private static String withoutConjunction(String word) {
        return word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
    }
}
