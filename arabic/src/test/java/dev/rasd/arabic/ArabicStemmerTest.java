package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicStemmerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "لداعش, داعش",
        "وبايدن, بايدن",
        "بالبيت, بيت",
        "للأمم, امم",
        "والتحالف, تحالف",
        "التحالف, تحالف",
        "لإيران, ايران",
        "الأبيض, ابيض",
        "الابيض, ابيض",
    })
    void stripsProclitics(String word, String stem) {
        assertThat(ArabicStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"فرنسا", "ليبيا", "لبنان", "كندا", "بغداد", "فلسطين", "بحر", "وزير", "مصر"})
    void keepsWordsWhoseFirstLetterOnlyLooksLikeAProclitic(String word) {
        assertThat(ArabicStemmer.stem(word)).isEqualTo(ArabicNormalizer.normalize(word));
    }

    @Test
    void keepsVizaraRecognisable() {
        assertThat(ArabicStemmer.stem("وزارة")).isEqualTo("وزاره");
        assertThat(ArabicStemmer.stem("الوزارة")).isEqualTo("وزاره");
    }

    @ParameterizedTest
    @ValueSource(strings = {"مصراتة", "مصرف", "مصراته", "المصرف"})
    void neverReducesOtherWordsToMisr(String word) {
        assertThat(ArabicStemmer.stem(word)).isNotEqualTo("مصر");
    }

    @Test
    void neverStripsALoneFinalHeh() {
        assertThat(ArabicStemmer.stem("مصراتة")).isEqualTo("مصراته");
        assertThat(ArabicStemmer.stem("كتابه")).isEqualTo("كتابه");
    }

    @Test
    void stripsABareLetterOnlyWhenFourLettersRemain() {
        assertThat(ArabicStemmer.stem("وحماس")).isEqualTo("حماس");
        assertThat(ArabicStemmer.stem("كتاب")).isEqualTo("كتاب");
        assertThat(ArabicStemmer.stem("لجنة")).isEqualTo("لجنه");
    }

    @Test
    void aWrittenHamzaMarksAProclitic() {
        assertThat(ArabicStemmer.stem("بأوروبا")).isEqualTo("اوروبا");
        assertThat(ArabicStemmer.stem("فإسرائيل")).isEqualTo("اسراييل");
        assertThat(ArabicStemmer.stem("كأمريكا")).isEqualTo("امريكا");
    }

    @Test
    void keepsBaAndLamBeforeALongVowel() {
        assertThat(ArabicStemmer.stem("ليونيل")).isEqualTo("ليونيل");
        assertThat(ArabicStemmer.stem("بورتو")).isEqualTo("بورتو");
        assertThat(ArabicStemmer.stem("لاريجاني")).isEqualTo("لاريجاني");
        assertThat(ArabicStemmer.stem("لايران")).isEqualTo("لايران");
    }

    @Test
    void stripsBaAndLamBeforeAConsonant() {
        assertThat(ArabicStemmer.stem("بسوريا")).isEqualTo("سوريا");
        assertThat(ArabicStemmer.stem("لروسيا")).isEqualTo("روسيا");
    }

    @Test
    void keepsBaBeforeRaAndLamTheClustersOfTransliteratedNames() {
        assertThat(ArabicStemmer.stem("برلسكوني")).isEqualTo("برلسكوني");
        assertThat(ArabicStemmer.stem("بليكس")).isEqualTo("بليكس");
        assertThat(ArabicStemmer.stem("بلبنان")).isEqualTo("لبنان");
    }

    @Test
    void stripsWawBeforeAnyLetter() {
        assertThat(ArabicStemmer.stem("وايطاليا")).isEqualTo("ايطاليا");
        assertThat(ArabicStemmer.stem("ووزير")).isEqualTo("وزير");
        assertThat(ArabicStemmer.stem("وروسيا")).isEqualTo("روسيا");
    }

    @Test
    void keepsBareFaAndKafUnlessSomethingElseMarksThem() {
        assertThat(ArabicStemmer.stem("فرانك")).isEqualTo("فرانك");
        assertThat(ArabicStemmer.stem("كريستيانو")).isEqualTo("كريستيانو");
        assertThat(ArabicStemmer.stem("كورونا")).isEqualTo("كورونا");
        assertThat(ArabicStemmer.stem("كالحرب")).isEqualTo("حرب");
        assertThat(ArabicStemmer.stem("فبغداد")).isEqualTo("بغداد");
    }

    @Test
    void stripsABareLetterBeforeAListedThreeLetterName() {
        assertThat(ArabicStemmer.stem("لمصر")).isEqualTo("مصر");
        assertThat(ArabicStemmer.stem("وغزة")).isEqualTo("غزه");
        assertThat(ArabicStemmer.stem("ولمصر")).isEqualTo("مصر");
    }

    @Test
    void stopsStrippingWhenTheRestIsAProtectedWord() {
        assertThat(ArabicStemmer.stem("للبنان")).isEqualTo("لبنان");
        assertThat(ArabicStemmer.stem("وليبيا")).isEqualTo("ليبيا");
        assertThat(ArabicStemmer.stem("وفرنسا")).isEqualTo("فرنسا");
        assertThat(ArabicStemmer.stem("لألمانيا")).isEqualTo("المانيا");
    }

    @Test
    void protectsInflectedFormsOfProtectedWords() {
        assertThat(ArabicStemmer.stem("لبناني")).isEqualTo("لبناني");
        assertThat(ArabicStemmer.stem("والفرنسي")).isEqualTo("فرنسي");
    }

    @Test
    void stripsTheArticleOnlyWhenThreeLettersRemain() {
        assertThat(ArabicStemmer.stem("العراق")).isEqualTo("عراق");
        assertThat(ArabicStemmer.stem("الدم")).isEqualTo("الدم");
        assertThat(ArabicStemmer.stem("الله")).isEqualTo("الله");
    }

    @Test
    void putsBackALetterBeforeAnAlLamThatCannotBeTheArticle() {
        assertThat(ArabicStemmer.stem("والدي")).isEqualTo("والدي");
        assertThat(ArabicStemmer.stem("بالغ")).isEqualTo("بالغ");
    }

    @Test
    void readsLamLamAsPrepositionAndElidedArticle() {
        assertThat(ArabicStemmer.stem("للحكومة")).isEqualTo("حكومه");
        assertThat(ArabicStemmer.stem("لله")).isEqualTo("لله");
    }

    @Test
    void combinesConjunctionPrepositionAndArticle() {
        assertThat(ArabicStemmer.stem("وبالعراق")).isEqualTo("عراق");
        assertThat(ArabicStemmer.stem("فللحكومة")).isEqualTo("حكومه");
    }

    @Test
    void stripsPronounSuffixesAndRestoresTaaMarbuta() {
        assertThat(ArabicStemmer.stem("حكومتها")).isEqualTo(ArabicStemmer.stem("حكومة"));
        assertThat(ArabicStemmer.stem("مواقفهم")).isEqualTo("مواقف");
        assertThat(ArabicStemmer.stem("قادتهما")).isEqualTo("قاده");
        assertThat(ArabicStemmer.stem("بيتها")).isEqualTo("بيتها");
    }

    @Test
    void reducesNisbaFormsToThePlainNisba() {
        assertThat(ArabicStemmer.stem("المصريون")).isEqualTo("مصري");
        assertThat(ArabicStemmer.stem("المصريين")).isEqualTo("مصري");
        assertThat(ArabicStemmer.stem("المصرية")).isEqualTo("مصري");
        assertThat(ArabicStemmer.stem("مصري")).isEqualTo("مصري");
        assertThat(ArabicStemmer.stem("رقية")).isEqualTo("رقيه");
    }

    @Test
    void stripsTheFemininePluralWhenFourLettersRemain() {
        assertThat(ArabicStemmer.stem("الانتخابات")).isEqualTo("انتخاب");
        assertThat(ArabicStemmer.stem("عرفات")).isEqualTo("عرفات");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ماكرون", "كورونا", "فيينا", "محاكم", "إيران", "فلسطين", "حسين"})
    void keepsNamesThatEndLikeASuffix(String word) {
        assertThat(ArabicStemmer.stem(word)).isEqualTo(ArabicNormalizer.normalize(word));
    }

    @Test
    void leavesNonArabicTokensNormalisedButUnstemmed() {
        assertThat(ArabicStemmer.stem("Biden")).isEqualTo("biden");
        assertThat(ArabicStemmer.stem("ال2025")).isEqualTo("ال2025");
        assertThat(ArabicStemmer.stem("")).isEmpty();
    }

    @Test
    void acceptsRawOrNormalisedInput() {
        assertThat(ArabicStemmer.stem("لِلأُمَمِ")).isEqualTo(ArabicStemmer.stem("للامم"));
    }

    @Test
    void splitReportsCliticsAndArticle() {
        assertThat(ArabicStemmer.splitProclitics("وبالبيت"))
                .isEqualTo(new ProcliticSplit(2, ProcliticSplit.Article.FULL));
        assertThat(ArabicStemmer.splitProclitics("للامم"))
                .isEqualTo(new ProcliticSplit(1, ProcliticSplit.Article.ELIDED));
        assertThat(ArabicStemmer.splitProclitics("فرنسا")).isEqualTo(ProcliticSplit.NONE);
        assertThat(ArabicStemmer.splitProclitics("biden")).isEqualTo(ProcliticSplit.NONE);
    }

    @Test
    void recognisesArabicWords() {
        assertThat(ArabicStemmer.isArabicWord("بغداد")).isTrue();
        assertThat(ArabicStemmer.isArabicWord("بغداد2")).isFalse();
        assertThat(ArabicStemmer.isArabicWord("baghdad")).isFalse();
        assertThat(ArabicStemmer.isArabicWord("")).isFalse();
    }
}
