package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentContextTest {

    private static final int O = BioTags.OUTSIDE;
    private static final int B_PER = BioTags.begin(EntityType.PER);
    private static final int I_PER = BioTags.inside(EntityType.PER);
    private static final int B_ORG = BioTags.begin(EntityType.ORG);

    @Test
    void givesEachTokenTheLabelsOfTheOtherOccurrencesOfItsWord() {
        List<List<String>> sentences = List.of(
                List.of("قال", "ليونيل", "ميسي"),
                List.of("وسجل", "ميسي", "لمدريد"),
                List.of("فاز", "مدريد"));
        List<int[]> firstPass = List.of(new int[] {O, B_PER, I_PER}, new int[] {O, O, B_ORG}, new int[] {O, O});

        List<List<List<String>>> features = new DocumentContext(2).features(sentences, firstPass);

        // the surname alone: tagged O here, but PER where the full name stood
        assertThat(features.get(1).get(1)).containsExactly("ctx=PER", "ctxs=PER+");
        assertThat(features.get(0).get(2)).containsExactly("ctx=O", "ctxs=O+");
        // proclitics do not make another word, and a token's own tag is not its context
        assertThat(features.get(2).get(1)).containsExactly("ctx=ORG", "ctxs=ORG+");
        assertThat(features.get(1).get(2)).containsExactly("ctx=O", "ctxs=O+");
        assertThat(features.get(0).get(1)).containsExactly("ctxs=none");
    }

    @Test
    void namesTheWholeSetOfLabelsAsOneFeature() {
        List<List<String>> sentences = List.of(List.of("ميسي"), List.of("ميسي"), List.of("ميسي"));
        List<int[]> firstPass = List.of(new int[] {B_PER}, new int[] {O}, new int[] {O});

        // a word the first pass read both ways is weaker evidence than one it always read as a person
        assertThat(new DocumentContext(2).features(sentences, firstPass).get(2).get(0))
                .containsExactly("ctx=O", "ctx=PER", "ctxs=O+PER+");
    }

    @Test
    void looksOnlyWithinTheWindowOfSentences() {
        List<List<String>> sentences = List.of(List.of("ميسي"), List.of("قال"), List.of("ميسي"));
        List<int[]> firstPass = List.of(new int[] {B_PER}, new int[] {O}, new int[] {O});

        assertThat(new DocumentContext(1).features(sentences, firstPass).get(2).get(0)).containsExactly("ctxs=none");
        assertThat(new DocumentContext(2).features(sentences, firstPass).get(2).get(0))
                .containsExactly("ctx=PER", "ctxs=PER+");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new DocumentContext(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new DocumentContext(1).features(List.of(List.of("قال")), List.of()))
                .hasMessageContaining("1 sentences but 0 tag rows");
    }
}
