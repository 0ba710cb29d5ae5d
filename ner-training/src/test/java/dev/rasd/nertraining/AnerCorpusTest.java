package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.EntityType;
import dev.rasd.enrich.entities.BioTags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnerCorpusTest {

    private static List<AnerCorpus.LabeledSentence> read(String text) throws IOException {
        return AnerCorpus.read(new BufferedReader(new StringReader(text)), "test.bio");
    }

    @Test
    void endsSentencesAfterARunOfDotsAndSkipsLinesWithoutAToken() throws IOException {
        List<AnerCorpus.LabeledSentence> sentences = read("""
                زار O
                بوش B-PERS
                . O
                . O
                 O
                في O
                العراق B-LOC
                """);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).tokens()).containsExactly("زار", "بوش", ".", ".");
        assertThat(sentences.get(1).tokens()).containsExactly("في", "العراق");
        assertThat(sentences.get(1).tags()).containsExactly(BioTags.OUTSIDE, BioTags.begin(EntityType.LOC));
    }

    @Test
    void namesTheLineOfAnUnknownTag() {
        assertThatThrownBy(() -> read("في O\nبغداد B-CITY\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("test.bio:2");
    }
}
