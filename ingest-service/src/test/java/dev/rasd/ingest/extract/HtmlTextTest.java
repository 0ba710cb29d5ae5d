package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksAndBreaksEndParagraphs() {
        assertThat(HtmlText.of("<p>أ  ب</p><div>ج<br>د</div><ul><li>هـ</li></ul>"))
                .isEqualTo("أ ب\n\nج\n\nد\n\nهـ");
    }

    @Test
    void inlineElementsStayInTheirParagraph() {
        assertThat(HtmlText.of("<p>قال <b>الوزير</b> <a href='#'>اليوم</a>&nbsp;إن</p>")).isEqualTo("قال الوزير اليوم إن");
    }

    @Test
    void plainTextKeepsItsBlankLineParagraphs() {
        assertThat(HtmlText.of("  first line\nsame paragraph\n\n  second  ")).isEqualTo("first line same paragraph\n\nsecond");
    }

    @Test
    void blankIsEmpty() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of(" <p> </p> ")).isEmpty();
    }
}
