package dev.rasd.nertraining;

import dev.rasd.contract.EntityType;
import dev.rasd.enrich.entities.BioTags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EntityScoresTest {

    @Test
    void countsOnlyExactSpanAndTypeMatches() {
        EntityScores scores = new EntityScores();
        // gold: PER [0,2), LOC [3,4), ORG [5,6); predicted: PER [0,1) (wrong span), LOC [3,4), ORG [5,6), LOC [6,7)
        scores.add(tags("B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "O"),
                tags("B-PERS", "O", "O", "B-LOC", "O", "B-ORG", "B-LOC"));

        assertThat(scores.precision(EnumSet.of(EntityType.PER))).isZero();
        assertThat(scores.recall(EnumSet.of(EntityType.LOC))).isEqualTo(1.0);
        assertThat(scores.precision(EnumSet.of(EntityType.LOC))).isEqualTo(0.5);
        assertThat(scores.precision(EntityScores.MAIN_TYPES)).isEqualTo(0.5);
        assertThat(scores.recall(EntityScores.MAIN_TYPES)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.mainF1()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-9));
        assertThat(scores.table()).contains("micro PER/ORG/LOC").contains("MISC");
    }

    @Test
    void scoresNothingAsZeroRatherThanNaN() {
        EntityScores scores = new EntityScores();
        scores.add(tags("O"), tags("O"));
        assertThat(scores.mainF1()).isZero();
    }

    private static int[] tags(String... labels) {
        return Arrays.stream(labels).mapToInt(BioTags::parse).toArray();
    }
}
