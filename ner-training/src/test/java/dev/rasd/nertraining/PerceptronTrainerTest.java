package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.EntityType;
import dev.rasd.enrich.entities.BioTags;
import dev.rasd.enrich.entities.PerceptronTagger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptronTrainerTest {

    private static final int B_PER = BioTags.begin(EntityType.PER);
    private static final int I_PER = BioTags.inside(EntityType.PER);

    /** Sentences "title name name verb" and "verb title": a word after a title starts a person. */
    private static List<List<List<String>>> sentences() {
        List<List<List<String>>> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add(List.of(List.of("w=الرئيس"), List.of("w=n" + i, "prev=title"),
                    List.of("w=m" + i, "prev=name"), List.of("w=قال")));
        }
        return sentences;
    }

    @Test
    void learnsToTagPeopleAfterTitlesAndGeneralisesToUnseenNames() {
        List<int[]> gold = new ArrayList<>();
        sentences().forEach(s -> gold.add(new int[] {BioTags.OUTSIDE, B_PER, I_PER, BioTags.OUTSIDE}));
        List<Integer> epochsSeen = new ArrayList<>();

        PerceptronTagger tagger = new PerceptronTrainer(5, 1L, 1, 1)
                .train(sentences(), gold, (epoch, averaged) -> epochsSeen.add(epoch));

        int[] tags = tagger.tag(List.of(List.of("w=الرئيس"), List.of("w=unseen", "prev=title"),
                List.of("w=unseen2", "prev=name"), List.of("w=قال")));
        assertThat(tags).containsExactly(BioTags.OUTSIDE, B_PER, I_PER, BioTags.OUTSIDE);
        assertThat(epochsSeen).containsExactly(1, 2, 3, 4, 5);
        // features that training weighted are known; unseen ones, and seen ones it never needed, are not
        assertThat(tagger.knows("prev=title")).isTrue();
        assertThat(tagger.knows("w=unseen")).isFalse();
        assertThat(tagger.knows("w=الرئيس")).isFalse();
    }

    @Test
    void isDeterministicAndSurvivesSerialisation() throws IOException {
        List<int[]> gold = new ArrayList<>();
        sentences().forEach(s -> gold.add(new int[] {BioTags.OUTSIDE, B_PER, I_PER, BioTags.OUTSIDE}));
        PerceptronTagger first = new PerceptronTrainer(3, 7L, 1, 1).train(sentences(), gold, null);
        PerceptronTagger second = new PerceptronTrainer(3, 7L, 1, 1).train(sentences(), gold, null);

        assertThat(serialise(first)).isEqualTo(serialise(second));
        PerceptronTagger read = PerceptronTagger.readFrom(
                new DataInputStream(new ByteArrayInputStream(serialise(first))));
        List<List<String>> sentence = sentences().get(3);
        assertThat(read.tag(sentence)).containsExactly(first.tag(sentence));
    }

    @Test
    void averagesPerceptronsTrainedOnDifferentOrders() throws IOException {
        List<int[]> gold = new ArrayList<>();
        sentences().forEach(s -> gold.add(new int[] {BioTags.OUTSIDE, B_PER, I_PER, BioTags.OUTSIDE}));
        PerceptronTagger single = new PerceptronTrainer(1, 7L, 1, 1).train(sentences(), gold, null);
        PerceptronTagger ensemble = new PerceptronTrainer(1, 7L, 1, 3).train(sentences(), gold, null);

        // the other orders change the weights, and the ensemble still learns what one perceptron learns
        assertThat(serialise(ensemble)).isNotEqualTo(serialise(single));
        assertThat(serialise(new PerceptronTrainer(1, 7L, 1, 3).train(sentences(), gold, null)))
                .isEqualTo(serialise(ensemble));
        assertThat(ensemble.tag(List.of(List.of("w=الرئيس"), List.of("w=unseen", "prev=title"),
                List.of("w=unseen2", "prev=name"), List.of("w=قال"))))
                .containsExactly(BioTags.OUTSIDE, B_PER, I_PER, BioTags.OUTSIDE);
    }

    @Test
    void rejectsNonPositiveSettings() {
        assertThatThrownBy(() -> new PerceptronTrainer(1, 1L, 1, 0)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new PerceptronTrainer(0, 1L, 1, 1)).hasMessageContaining("must be positive");
    }

    @Test
    void dropsFeaturesSeenLessThanTheMinimumCount() {
        List<int[]> gold = List.of(new int[] {B_PER}, new int[] {B_PER});
        PerceptronTagger tagger = new PerceptronTrainer(1, 1L, 2, 1)
                .train(List.of(List.of(List.of("common", "rare1")), List.of(List.of("common", "rare2"))), gold, null);

        assertThat(tagger.featureCount()).isEqualTo(1);
        assertThat(PerceptronTagger.featureIds(List.of(List.of("rare1", "common")), Map.of("common", 0)))
                .isDeepEqualTo(new int[][] {{0}});
    }

    private static byte[] serialise(PerceptronTagger tagger) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            tagger.writeTo(out);
        }
        return bytes.toByteArray();
    }
}
