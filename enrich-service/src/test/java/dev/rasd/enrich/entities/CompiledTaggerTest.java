package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path ({@link NerModel#tag} through {@link CompiledTagger}) against the feature strings it stands for. */
class CompiledTaggerTest {

    private static final Path SEED_ARTICLE = Path.of("../seeds/000_34ebdda601602118.txt");

    @Test
    void tagsTheSeedArticleExactlyAsTheFeatureStringsDo() throws IOException {
        NerModel model = shippedModel();
        String text = Files.readString(SEED_ARTICLE);
        List<List<String>> sentences = EntityRecognizer.sentences(text, ArabicTokenizer.tokenize(text)).stream()
                .map(sentence -> sentence.stream().map(Token::text).toList())
                .toList();

        List<int[]> fast = model.tag(sentences);
        List<int[]> reference = model.tagByFeatureStrings(sentences);

        assertThat(fast).hasSameSizeAs(reference);
        for (int s = 0; s < fast.size(); s++) {
            assertThat(fast.get(s)).as("sentence %d: %s", s, sentences.get(s)).isEqualTo(reference.get(s));
        }
        assertThat(fast.stream().flatMapToInt(java.util.Arrays::stream).filter(tag -> tag != BioTags.OUTSIDE).count())
                .as("entity tokens in the seed article").isGreaterThan(20);
    }

    @Test
    void slidesTheContextWindowAsTheFeatureStringsDo() throws IOException {
        // a text longer than the context window either side, so that sentences leave the window as it slides
        NerModel model = shippedModel();
        List<String> base = List.of("وقال", "الرئيس", "جو", "بايدن", "في", "واشنطن", "إن", "داعش", "يهدد", "حمص", ".");
        List<List<String>> sentences = new ArrayList<>();
        for (int s = 0; s < 250; s++) {
            sentences.add(s == 0 || s == 249 ? base : List.of("وزار", "بايدن", "مدينة", "حمص", "في", "يوم", String.valueOf(s), "."));
        }

        List<int[]> fast = model.tag(sentences);
        List<int[]> reference = model.tagByFeatureStrings(sentences);

        for (int s = 0; s < fast.size(); s++) {
            assertThat(fast.get(s)).as("sentence %d", s).isEqualTo(reference.get(s));
        }
    }

    private static NerModel shippedModel() throws IOException {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(EntityRecognizer.MODEL_RESOURCE)) {
            return NerModel.readFrom(in);
        }
    }
}
