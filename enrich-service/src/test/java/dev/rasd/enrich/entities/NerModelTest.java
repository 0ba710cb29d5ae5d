package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class NerModelTest {

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

    @Test
    void withContextAppendsTheContextFeaturesOfEachToken() {
        List<List<String>> sentence = List.of(List.of("w=في"), List.of("w=حمص"));
        List<List<String>> combined = NerModel.withContext(sentence, List.of(List.of(), List.of("ctx=LOC")));
        assertThat(combined).containsExactly(List.of("w=في"), List.of("w=حمص", "ctx=LOC"));
        assertThat(sentence.get(1)).containsExactly("w=حمص");
    }

    @Test
    void rejectsFilesThatAreNotModels() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF("something-else");
            out.writeInt(1);
        }
        assertThatThrownBy(() -> NerModel.readFrom(new ByteArrayInputStream(bytes.toByteArray())))
                .hasMessageContaining("not a rasd NER model");
    }
}
