package dev.rasd.enrich.entities;

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
