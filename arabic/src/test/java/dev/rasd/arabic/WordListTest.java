package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordListTest {

    private static WordList parse(String text) throws IOException {
        return WordList.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void normalisesEntriesAndIgnoresCommentsAndBlankLines() throws IOException {
        WordList list = parse("# countries\nفرنسا  # France\n\n  وزارة\n");
        assertThat(list.containsExact("فرنسا")).isTrue();
        assertThat(list.containsExact("وزاره")).isTrue();
        assertThat(list.containsExact("# countries")).isFalse();
    }

    @Test
    void recognisesInflectedFormsOfEntries() throws IOException {
        WordList list = parse("فرنسا\nوزارة\nلبنان\n");
        assertThat(list.containsInflected("فرنسي")).isTrue();
        assertThat(list.containsInflected("فرنسيون")).isTrue();
        assertThat(list.containsInflected("وزارات")).isTrue();
        assertThat(list.containsInflected("لبنانيه")).isTrue();
        assertThat(list.containsInflected("فرنس")).isFalse();
        assertThat(list.containsExact("فرنسي")).isFalse();
    }

    @Test
    void missingResourceFailsWithItsName() {
        assertThatThrownBy(() -> WordList.load("no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt");
    }
}
