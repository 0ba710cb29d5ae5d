package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.EntityType;
import dev.rasd.enrich.entities.BioTags;
import dev.rasd.enrich.entities.DocumentContext;
import dev.rasd.enrich.entities.Gazetteer;
import dev.rasd.enrich.entities.NerFeatures;
import dev.rasd.enrich.entities.NerModel;
import dev.rasd.enrich.entities.PerceptronTagger;
import dev.rasd.enrich.entities.WordClusters;
import dev.rasd.enrich.entities.WordCounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model trained as {@link NerTrainer} trains one reads back from its file and tags as before. */
class NerModelRoundTripTest {

    @Test
    void roundTripsThroughItsFileFormat() throws IOException {
        Gazetteer gazetteer = Gazetteer.builder().add("arab-places", "حمص").build();
        List<String> sentence = List.of("في", "حمص");
        List<int[]> gold = List.<int[]>of(new int[] {BioTags.OUTSIDE, BioTags.begin(EntityType.LOC)});
        List<List<String>> features = new NerFeatures(gazetteer, WordCounts.of(List.of()), WordClusters.empty())
                .extract(sentence);
        PerceptronTrainer trainer = new PerceptronTrainer(2, 1L, 1, 1);
        DocumentContext context = new DocumentContext(3);
        PerceptronTagger firstPass = trainer.train(List.of(features), gold, null);
        List<List<String>> withContext = NerModel.withContext(features,
                context.features(List.of(sentence), List.of(gold.getFirst())).getFirst());
        NerModel model = new NerModel(gazetteer, WordCounts.of(List.of(sentence)), WordClusters.empty(), firstPass,
                context, trainer.train(List.of(withContext), gold, null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeTo(bytes);

        NerModel read = NerModel.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        List<List<String>> text = List.of(sentence, List.of("حمص"));
        assertThat(read.tag(text)).hasSize(2).zipSatisfy(model.tag(text), (a, b) -> assertThat(a).isEqualTo(b));
        assertThat(read.featureCount()).isPositive();
    }
}
