package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void findsEveryKeyItHoldsAndNoOther() {
        Map<Long, Integer> entries = new HashMap<>();
        for (long key = 1; key <= 50_000; key += 7) {
            entries.put(key, (int) (key % 1000));
        }
        LongIntTable table = new LongIntTable(entries);

        entries.forEach((key, value) -> assertThat(table.get(key)).as("key %d", key).isEqualTo(value));
        assertThat(table.get(2)).isEqualTo(-1);
        assertThat(table.get(Long.MIN_VALUE)).isEqualTo(-1);
    }

    @Test
    void refusesTheEmptyKeyAndNegativeValues() {
        assertThatThrownBy(() -> new LongIntTable(Map.of(0L, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongIntTable(Map.of(1L, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
