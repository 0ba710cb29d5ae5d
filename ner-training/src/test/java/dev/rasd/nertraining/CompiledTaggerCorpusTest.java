package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.entities.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path against the feature strings over the whole training corpus (where CI has it, beside the
 * repository), cut into documents of 20 sentences: every tag must agree.
 */
class CompiledTaggerCorpusTest {

    private static final Path CORPUS = Path.of("../../shared/data/anercorp/train.bio");

    @Test
    void tagsTheTrainingCorpusExactlyAsTheFeatureStringsDo() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "ANERcorp is not at " + CORPUS.toAbsolutePath());
        NerModel model;
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(EntityRecognizer.MODEL_RESOURCE)) {
            model = NerModel.readFrom(in);
        }
        List<List<String>> sentences = AnerCorpus.read(CORPUS).stream().map(AnerCorpus.LabeledSentence::tokens)
                .toList();
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += 20) {
            List<List<String>> document = sentences.subList(from, Math.min(sentences.size(), from + 20));
            List<int[]> fast = model.tag(document);
            List<int[]> reference = model.tagByFeatureStrings(document);
            for (int s = 0; s < document.size(); s++) {
                tokens += fast.get(s).length;
                for (int i = 0; i < fast.get(s).length; i++) {
                    if (fast.get(s)[i] != reference.get(s)[i]) {
                        differences.add(document.get(s).get(i) + " in sentence " + (from + s));
                    }
                }
            }
        }
        System.out.println("compared " + tokens + " tags, " + differences.size() + " differ");
        assertThat(differences).as("tags that differ of %d", tokens).isEmpty();
    }
}
