package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenItemsTest {

    @Test
    void remembersKeys() {
        SeenItems seen = new SeenItems(10);
        seen.add(SeenItems.guidKey("guid-1"));

        assertThat(seen.contains(SeenItems.guidKey("guid-1"))).isTrue();
        assertThat(seen.contains(SeenItems.guidKey("guid-2"))).isFalse();
    }

    @Test
    void guidAndUrlKeysDoNotCollideForTheSameText() {
        assertThat(SeenItems.guidKey("https://example.com/a")).isNotEqualTo(SeenItems.urlKey("https://example.com/a"));
    }

    @Test
    void forgetsTheOldestBeyondCapacity() {
        SeenItems seen = new SeenItems(3);
        for (long key = 1; key <= 5; key++) {
            seen.add(key);
        }

        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.contains(1)).isFalse();
        assertThat(seen.contains(2)).isFalse();
        assertThat(seen.contains(3)).isTrue();
        assertThat(seen.contains(5)).isTrue();
    }

    @Test
    void addingAKnownKeyKeepsTheSize() {
        SeenItems seen = new SeenItems(3);
        seen.add(1);
        seen.add(1);

        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void survivesSerialisationInOrder() {
        SeenItems seen = new SeenItems(100);
        for (long key = -50; key < 50; key++) {
            seen.add(key * 7919);
        }

        SeenItems restored = SeenItems.restore(seen.serialise(), 100);
        SeenItems trimmed = SeenItems.restore(seen.serialise(), 10);

        assertThat(restored.serialise()).isEqualTo(seen.serialise());
        assertThat(trimmed.size()).isEqualTo(10);
        assertThat(trimmed.contains(49 * 7919)).as("the newest are kept").isTrue();
        assertThat(trimmed.contains(-50 * 7919)).isFalse();
    }

    @Test
    void emptyOrAbsentRestoresEmpty() {
        assertThat(SeenItems.restore(null, 5).size()).isZero();
        assertThat(SeenItems.restore("", 5).size()).isZero();
    }
}
