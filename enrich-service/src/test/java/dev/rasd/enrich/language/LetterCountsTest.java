package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterCountsTest {

    @Test
    void countsLettersAndArabicScriptLettersButNotDigitsOrPunctuation() {
        LetterCounts counts = new LetterCounts("قال Trump: ١٢ 34!");

        assertThat(counts.letters).isEqualTo(8);
        assertThat(counts.arabicScriptLetters).isEqualTo(3);
    }

    @Test
    void countsTheArticleOnlyAtTheStartOfAWord() {
        assertThat(new LetterCounts("الكتاب على الطاولة").arabicArticles).isEqualTo(2);
        assertThat(new LetterCounts("سؤال").arabicArticles).isZero();
    }

    @Test
    void countsZeroWidthNonJoinersOnlyAfterArabicScriptLetters() {
        assertThat(new LetterCounts("می\u200Cشود و کتاب\u200Cها").zeroWidthNonJoiners).isEqualTo(2);
        assertThat(new LetterCounts("a\u200Cb").zeroWidthNonJoiners).isZero();
    }

    @Test
    void countsPashtoOfOnlyAsAWordFollowedByASpace() {
        assertThat(new LetterCounts("د افغانستان د خلکو").pashtoSigns).isEqualTo(2);
        assertThat(new LetterCounts("د. محمد، ولد").pashtoSigns).isZero();
    }

    @Test
    void countsEachLanguagesOwnLetters() {
        assertThat(new LetterCounts("ڕڵێۆە").soraniLetters).isEqualTo(5);
        assertThat(new LetterCounts("ٹڈڑںہے").urduLetters).isEqualTo(6);
        assertThat(new LetterCounts("ټځڅډړږښګڼېۍ").pashtoSigns).isEqualTo(11);
        assertThat(new LetterCounts("ۇۈۋ").uyghurLetters).isEqualTo(3);
        assertThat(new LetterCounts("پچژگکی").persianLetters).isEqualTo(6);
        assertThat(new LetterCounts("ةىيك").arabicLetters).isEqualTo(4);
    }

    @Test
    void countsOnlyTheFirstCharactersWhenGivenAnEnd() {
        LetterCounts counts = new LetterCounts("قال Trump", 3);

        assertThat(counts.letters).isEqualTo(3);
        assertThat(counts.arabicScriptLetters).isEqualTo(3);
    }

    @Test
    void countsLettersOutsideTheBasicPlaneByTheirScript() {
        // U+1EE01 ARABIC MATHEMATICAL BEH is an Arabic-script letter; U+10400 DESERET CAPITAL LONG I is a letter.
        LetterCounts counts = new LetterCounts("\uD83B\uDE01\uD801\uDC00\uD800");

        assertThat(counts.letters).isEqualTo(2);
        assertThat(counts.arabicScriptLetters).isEqualTo(1);
    }
}
