package dev.rasd.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void ignoresWhiteSpaceLayoutTatweelAndZeroWidthCharacters() {
        assertThat(ContentHash.of(" عنوان  الخبر ", "فقرة أولى\n\nفقرة ثانية"))
                .isEqualTo(ContentHash.of("عنوان الخبر", "فقرة   أولى فقرة\u200c ثانـــية"));
    }

    @Test
    void changesWhenTheWordsChange() {
        assertThat(ContentHash.of("عنوان", "نص")).isNotEqualTo(ContentHash.of("عنوان", "نص معدل"));
        assertThat(ContentHash.of("a", "b c")).isNotEqualTo(ContentHash.of("a b", "c"));
    }

    @Test
    void isHexSha256() {
        assertThat(ContentHash.of(null, null)).hasSize(64).matches("[0-9a-f]+");
    }
}
