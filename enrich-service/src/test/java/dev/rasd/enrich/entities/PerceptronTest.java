package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding; what training learns is tested with the trainer, in the ner-training module. */
class PerceptronTest {

    private static final int I_LOC = BioTags.inside(EntityType.LOC);

    @Test
    void viterbiNeverStartsAnEntityWithInside() {
        float[] weights = new float[BioTags.COUNT];
        weights[I_LOC] = 10; // the only feature strongly prefers I-LOC
        int[] tags = PerceptronTagger.viterbi(new int[][] {{0}, {0}}, weights, new float[(BioTags.COUNT + 1) * BioTags.COUNT]);

        assertThat(tags[0]).isNotEqualTo(I_LOC);
        assertThat(BioTags.allowed(tags[0], tags[1])).isTrue();
    }
}
