package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BloomFilterTest {

    @Test
    void holdsEveryHashAddedAndRejectsMostOthers() {
        BloomFilter filter = new BloomFilter(10_000);
        for (long i = 0; i < 10_000; i++) {
            filter.add(FeatureTable.mix(i));
        }
        for (long i = 0; i < 10_000; i++) {
            assertThat(filter.mightContain(FeatureTable.mix(i))).as("added %d", i).isTrue();
        }
        int falsePositives = 0;
        for (long i = 10_000; i < 110_000; i++) {
            falsePositives += filter.mightContain(FeatureTable.mix(i)) ? 1 : 0;
        }
        // two bits of 8 to 16 per hash: at most about 5% of absent hashes pass
        assertThat(falsePositives).isLessThan(6_000);
    }

    @Test
    void anEmptyFilterHoldsNothing() {
        assertThat(new BloomFilter(0).mightContain(FeatureTable.mix(42))).isFalse();
    }
}
