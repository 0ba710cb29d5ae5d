package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCacheTest {

    @Test
    void returnsWhatWasPutForAWordAndNothingForOthers() {
        WordCache<String> cache = new WordCache<>(100);
        cache.put("بايدن", "PER");
        cache.put("حمص", "LOC");

        assertThat(cache.get("بايدن")).isEqualTo("PER");
        assertThat(cache.get("حمص")).isEqualTo("LOC");
        assertThat(cache.get("وبايدن")).isNull();
        assertThat(cache.get("")).isNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void keepsTheFirstValueOfAWord() {
        WordCache<String> cache = new WordCache<>(100);
        cache.put("داعش", "first");
        cache.put("داعش", "second");

        assertThat(cache.get("داعش")).isEqualTo("first");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void startsAgainEmptyWhenFull() {
        WordCache<Integer> cache = new WordCache<>(3);
        for (int i = 0; i < 3; i++) {
            cache.put("w" + i, i);
        }
        assertThat(cache.get("w2")).isEqualTo(2);

        cache.put("w3", 3);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("w3")).isEqualTo(3);
        assertThat(cache.get("w0")).isNull();
    }

    @Test
    void findsEveryWordOfAFullCache() {
        WordCache<Integer> cache = new WordCache<>(20_000);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add("كلمة" + i);
            cache.put(words.get(i), i);
        }
        for (int i = 0; i < words.size(); i++) {
            assertThat(cache.get(words.get(i))).as(words.get(i)).isEqualTo(i);
        }
    }

    @Test
    void refusesAnEmptyCapacity() {
        assertThatThrownBy(() -> new WordCache<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
