package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectionTest {

    @Test
    void undeterminedHasTagUndAndNoConfidence() {
        assertThat(Detection.UNDETERMINED.tag()).isEqualTo("und");
        assertThat(Detection.UNDETERMINED.confidence()).isZero();
        assertThat(Detection.UNDETERMINED.isDetermined()).isFalse();
        assertThat(new Detection("ar", 0.9).isDetermined()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void rejectsAConfidenceOutsideZeroToOne(double confidence) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Detection("ar", confidence))
                .withMessageContaining("confidence");
    }

    @Test
    void rejectsAMissingOrBlankTag() {
        assertThatNullPointerException().isThrownBy(() -> new Detection(null, 0.5)).withMessage("tag");
        assertThatIllegalArgumentException().isThrownBy(() -> new Detection(" ", 0.5)).withMessage("tag is blank");
    }
}
