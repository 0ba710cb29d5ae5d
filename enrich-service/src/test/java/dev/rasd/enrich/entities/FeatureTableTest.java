package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void findsEveryFeatureItHoldsAndNoOther() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            index.put("w=كلمة" + i, i);
        }
        FeatureTable table = new FeatureTable(index);

        index.forEach((feature, id) -> assertThat(table.id(feature)).as(feature).isEqualTo(id));
        assertThat(table.id("w=كلمة10000")).isEqualTo(-1);
        assertThat(table.id("")).isEqualTo(-1);
    }

    @Test
    void worksWhenEmpty() {
        assertThat(new FeatureTable(Map.of()).id("bias")).isEqualTo(-1);
    }
}
