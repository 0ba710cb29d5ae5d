package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.enrich.entities.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The curated name lists must know nothing of the development split (where CI has the corpus, beside the
 * repository): some of their entries were once written while looking at development errors, and a development
 * score that rests on such entries says nothing about news the lists were not told about.
 */
class CuratedListsTest {

    private static final Path CORPUS = Path.of("../../shared/data/anercorp/train.bio");
    private static final Path CURATED = Path.of("../seeds/gazetteers");
    private static final List<String> NAME_LISTS = List.of("sports-clubs", "companies", "first-names", "world-leaders");

    @Test
    void curatedNameListsNameNoEntityOfTheDevelopmentSplit() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "ANERcorp is not at " + CORPUS.toAbsolutePath());
        List<AnerCorpus.LabeledSentence> sentences = AnerCorpus.read(CORPUS);
        List<AnerCorpus.LabeledSentence> dev = sentences.subList(
                sentences.size() - sentences.size() * NerTrainer.DEV_PERCENT / 100, sentences.size());
        Gazetteer.Builder builder = Gazetteer.builder();
        for (String list : NAME_LISTS) {
            GazetteerSources.addFile(builder, CURATED.resolve(list + ".txt"));
        }
        Gazetteer lists = builder.build();

        List<String> named = new ArrayList<>();
        for (List<String> entity : NerTrainer.goldEntities(dev)) {
            List<String> words = entity.stream().map(ArabicNormalizer::normalize).toList();
            lists.find(words).forEach(match -> named.add(match.category() + ": "
                    + String.join(" ", words.subList(match.start(), match.end()))));
        }

        assertThat(named).isEmpty();
    }
}
