package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticFormsTest {

    @Test
    void givesTheFormsTheStemmerKeepsWholeOnePerTerm() {
        // ولحزب is stemmed to لحزب, which لحزب already stands for
        assertThat(ProcliticForms.of("حزب"))
                .containsExactly("بحزب", "كحزب", "لحزب", "وحزب", "فحزب", "فبحزب", "فكحزب", "فلحزب");
    }

    @Test
    void leavesOutTheFormsTheStemmerReducesToTheWord() {
        assertThat(ProcliticForms.of("الأمم")).isEmpty();
        assertThat(ProcliticForms.of("داعش")).doesNotContain("لداعش", "وداعش", "بداعش").contains("فداعش");
    }

    @Test
    void writesThePrepositionLamBeforeTheArticleAsLamLam() {
        assertThat(ProcliticForms.of("الله")).contains("لله", "ولله").doesNotContain("للله");
        assertThat(ProcliticForms.of("الليل")).contains("لليل");
    }

    @Test
    void leavesOutFormsThatAreListedWords() {
        assertThat(ProcliticForms.of("ريم")).doesNotContain("كريم", "وكريم", "فكريم");
        assertThat(ProcliticForms.of("بنان")).doesNotContain("لبنان");
    }

    @Test
    void hasNoFormsForOneLetterOrNonArabicWords() {
        assertThat(ProcliticForms.of("ب")).isEmpty();
        assertThat(ProcliticForms.of("biden")).isEmpty();
        assertThat(ProcliticForms.of("2024")).isEmpty();
    }
}
