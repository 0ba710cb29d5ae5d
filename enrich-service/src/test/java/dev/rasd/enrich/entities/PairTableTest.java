package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairTableTest {

    @Test
    void findsEveryPairItHoldsAndNoOther() {
        Map<Long, Integer> entries = new HashMap<>();
        for (int left = 0; left < 100; left++) {
            for (int right = 0; right < 100; right += 3) {
                entries.put(PairTable.key(left % 3, left, right), entries.size());
            }
        }
        PairTable table = new PairTable(entries);

        entries.forEach((key, entry) -> assertThat(table.entry(key)).isEqualTo(entry));
        assertThat(table.entry(PairTable.key(0, 0, 1))).isEqualTo(-1);
        assertThat(table.entry(PairTable.key(1, 0, 0))).as("same words, other template").isEqualTo(-1);
    }

    @Test
    void keysTellTemplatesAndSidesApart() {
        assertThat(PairTable.key(0, 1, 2)).isNotEqualTo(PairTable.key(0, 2, 1)).isNotEqualTo(PairTable.key(1, 1, 2));
        assertThat(PairTable.key(0, 0, 0)).isNotZero();
    }

    @Test
    void refusesIdsOutOfRange() {
        assertThatThrownBy(() -> PairTable.key(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairTable.key(0, 0, PairTable.MAX_ID + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksWhenEmpty() {
        assertThat(new PairTable(Map.of()).entry(PairTable.key(0, 1, 1))).isEqualTo(-1);
    }
}
