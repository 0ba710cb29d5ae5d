package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @Test
    void removesHarakatTanweenShaddaAndSukun() {
        assertThat(ArabicNormalizer.normalize("مُحَمَّدٌ كَتَبَ كِتَاباً مُسْتَقْبَلِيًّا")).isEqualTo("محمد كتب كتابا مستقبليا");
    }

    @Test
    void removesSuperscriptAlefAndQuranicMarks() {
        assertThat(ArabicNormalizer.normalize("هٰذا")).isEqualTo("هذا");
        assertThat(ArabicNormalizer.normalize("الرَّحِيمِ ۝ ۞ قُلْ ۖ")).isEqualTo("الرحيم   قل ");
        assertThat(ArabicNormalizer.normalize("صلى الله عليه وسلم ؐ")).isEqualTo("صلي الله عليه وسلم ");
    }

    @Test
    void removesTatweel() {
        assertThat(ArabicNormalizer.normalize("الســـلام")).isEqualTo("السلام");
    }

    @Test
    void removesBidiAndZeroWidthControls() {
        String controls = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
                + "\uFEFF\u061C";
        assertThat(ArabicNormalizer.normalize("بغ" + controls + "داد")).isEqualTo("بغداد");
    }

    @ParameterizedTest
    @CsvSource({"أحمد,احمد", "إيران,ايران", "آمال,امال", "ٱلله,الله"})
    void unifiesAlefForms(String raw, String expected) {
        assertThat(ArabicNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void mapsAlefMaqsuraToYehAndTaaMarbutaToHeh() {
        assertThat(ArabicNormalizer.normalize("مستشفى")).isEqualTo("مستشفي");
        assertThat(ArabicNormalizer.normalize("مدرسة")).isEqualTo("مدرسه");
    }

    @Test
    void replacesSeatedHamzaByItsSeatAndKeepsStandaloneHamza() {
        assertThat(ArabicNormalizer.normalize("مسؤول")).isEqualTo(ArabicNormalizer.normalize("مسوول"));
        assertThat(ArabicNormalizer.normalize("رئيس")).isEqualTo("رييس");
        assertThat(ArabicNormalizer.normalize("ماء")).isEqualTo("ماء").isNotEqualTo(ArabicNormalizer.normalize("ما"));
    }

    @Test
    void hamzaWrittenAsCombiningMarkNormalisesLikeThePrecomposedLetter() {
        assertThat(ArabicNormalizer.normalize("ا\u0654حمد")).isEqualTo(ArabicNormalizer.normalize("أحمد"));
        assertThat(ArabicNormalizer.normalize("ي\u0654")).isEqualTo(ArabicNormalizer.normalize("ئ"));
    }

    @Test
    void mapsPersianAndUrduLetterFormsToArabic() {
        assertThat(ArabicNormalizer.normalize("کتاب")).isEqualTo("كتاب");
        assertThat(ArabicNormalizer.normalize("علی")).isEqualTo("علي");
        assertThat(ArabicNormalizer.normalize("ے")).isEqualTo("ي");
        assertThat(ArabicNormalizer.normalize("خانۀ")).isEqualTo("خانه");
        assertThat(ArabicNormalizer.normalize("ھ")).isEqualTo("ه");
        assertThat(ArabicNormalizer.normalize("گ")).isEqualTo("گ");
    }

    @Test
    void mapsArabicIndicAndPersianDigitsToAscii() {
        assertThat(ArabicNormalizer.normalize("٢٠٢٥ و ۱۴۰۳")).isEqualTo("2025 و 1403");
    }

    @Test
    void expandsPresentationFormsToBaseLetters() {
        assertThat(ArabicNormalizer.normalize("ﻻ")).isEqualTo("لا");
        assertThat(ArabicNormalizer.normalize("ﺑﻐﺪاﺩ")).isEqualTo("بغداد");
        assertThat(ArabicNormalizer.normalize("ﷲ")).isEqualTo("الله");
    }

    @Test
    void dropsTheSpaceThatIsolatedHarakatFormsDecomposeTo() {
        assertThat(ArabicNormalizer.normalize("كتابﹰ")).isEqualTo("كتاب");
    }

    @Test
    void caseFoldsOtherScripts() {
        assertThat(ArabicNormalizer.normalize("Biden's ΑΘΗΝΑ")).isEqualTo("biden's αθηνα");
    }

    @Test
    void isIdempotent() {
        String once = ArabicNormalizer.normalize("وَالتَّحَالُفُ الدَّوْلِيُّ ﻻ أمريكا ٣ Ä");
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void appendsToAReusedBuffer() {
        StringBuilder out = new StringBuilder("x");
        ArabicNormalizer.normalize("أَ", out);
        assertThat(out).hasToString("xا");
    }

    @Test
    void stripMarksKeepsLettersAsWritten() {
        assertThat(ArabicNormalizer.stripMarks("لِلأُمَمِ الـمتحدة ﻻ Biden")).isEqualTo("للأمم المتحدة لا Biden");
    }

    @Test
    void offsetsPointBackIntoTheOriginalText() {
        String original = "قال مُحَمَّدٌ إنّ";
        NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets(original);
        assertThat(normalized.text()).isEqualTo("قال محمد ان");
        int start = normalized.text().indexOf("محمد");
        int end = start + "محمد".length();
        assertThat(original.substring(normalized.sourceStart(start), normalized.sourceEnd(end)))
                .isEqualTo("مُحَمَّدٌ");
        assertThat(normalized.sourceEnd(normalized.text().length())).isEqualTo(original.length());
    }

    @Test
    void offsetsOfExpandedPresentationFormsPointToTheLigature() {
        NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets("aﻻb");
        assertThat(normalized.text()).isEqualTo("aلاb");
        assertThat(normalized.sourceStart(1)).isEqualTo(1);
        assertThat(normalized.sourceStart(2)).isEqualTo(1);
        assertThat(normalized.sourceStart(3)).isEqualTo(2);
    }

    @Test
    void offsetsOutsideTheNormalisedTextAreRejected() {
        NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets("ab");
        assertThatThrownBy(() -> normalized.sourceStart(3))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("offset 3");
    }

    @Test
    void tellsWhichCodePointsItRemoves() {
        assertThat(ArabicNormalizer.isRemoved('\u064E')).isTrue();
        assertThat(ArabicNormalizer.isRemoved('ـ')).isTrue();
        assertThat(ArabicNormalizer.isRemoved('\u200F')).isTrue();
        assertThat(ArabicNormalizer.isRemoved('ب')).isFalse();
        assertThat(ArabicNormalizer.isRemoved('\u0301')).isFalse();
    }

    @Test
    void handlesCharactersOutsideTheBasicPlaneAndLoneSurrogatesCodePointByCodePoint() {
        // Deseret capital letters lower-case to Deseret small letters, outside the Basic Multilingual Plane.
        assertThat(ArabicNormalizer.normalize("\uD801\uDC00بَ\uD801\uDC01")).isEqualTo("\uD801\uDC28ب\uD801\uDC29");
        assertThat(ArabicNormalizer.normalize("a\uD800ـb\uDC00")).isEqualTo("a\uD800b\uDC00");
    }

    @Test
    void normalisesPresentationFormsInTheMiddleOfPlainText() {
        assertThat(ArabicNormalizer.normalize("قال ﻻ أحد")).isEqualTo("قال لا احد");
    }
}
