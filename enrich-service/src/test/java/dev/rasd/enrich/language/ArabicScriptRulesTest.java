package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicScriptRulesTest {

    private static Detection classify(String text) {
        return ArabicScriptRules.classify(new LetterCounts(text));
    }

    @Test
    void persianLettersWithoutArabicSpellingsArePersian() {
        assertThat(classify("پلیس گفت که چند نفر در این حادثه زخمی شدند").tag()).isEqualTo("fa");
    }

    @Test
    void urduLettersMakeUrdu() {
        assertThat(classify("پولیس نے بتایا کہ حادثے میں کئی افراد زخمی ہوئے ہیں").tag()).isEqualTo("ur");
    }

    @Test
    void pashtoLettersMakePashto() {
        assertThat(classify("پولیسو ویلي چې په دې پېښه کې ګڼ کسان ټپيان شوي دي").tag()).isEqualTo("ps");
    }

    @Test
    void pashtoTypedWithArabicLettersIsRecognisedByItsWordForOf() {
        // From the Pashto UDHR, written with Arabic ي throughout.
        assertThat(classify("د رجوع کولو حق لري. هيڅ څوک بايد په خپل سر توقيف، حبس او يا تبعيد نه شي").tag())
                .isEqualTo("ps");
    }

    @Test
    void soraniLettersMakeCentralKurdish() {
        assertThat(classify("پۆلیس ڕایگەیاند کە چەند کەسێک لەو ڕووداوەدا بریندار بوون").tag()).isEqualTo("ckb");
    }

    @Test
    void uyghurLettersAreNotTakenForSorani() {
        assertThat(classify("ھەممە ئادەم تۇغۇلۇشىدىنلا ئەركىن، ئىززەت-ھۆرمەت ۋە ھوقۇقتا باپباراۋەر بولۇپ").tag())
                .isEqualTo("ug");
    }

    @Test
    void arabicSpellingsMakeArabic() {
        assertThat(classify("قالت الشرطة إن عدة أشخاص أصيبوا في الحادثة").tag()).isEqualTo("ar");
    }

    @Test
    void oneQuotedUrduNameDoesNotMakeAnArabicArticleUrdu() {
        Detection detection = classify("التقى وزير الخارجية السعودي نظيره الباكستاني في الرياض، وقالت صحيفة ڈان"
                + " إن الزيارة تناولت التعاون الاقتصادي بين البلدين والاستثمارات المشتركة في قطاع الطاقة");

        assertThat(detection.tag()).isEqualTo("ar");
    }

    @Test
    void theArabicAbbreviationForDoctorIsNotPashto() {
        assertThat(classify("قال د. محمد العلي إن النتائج مشجعة").tag()).isEqualTo("ar");
    }

    @Test
    void textWithoutAnyTellingLetterIsArabicWithLowConfidence() {
        Detection detection = classify("سلام دوست");

        assertThat(detection.tag()).isEqualTo("ar");
        assertThat(detection.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void confidenceGrowsWithLength() {
        String sentence = "پلیس گفت که چند نفر در این حادثه زخمی شدند. ";

        assertThat(classify(sentence).confidence()).isLessThan(classify(sentence.repeat(3)).confidence());
    }
    @Test
    void oneUrduLetterMakesAFiveWordPieceUrdu() {
        assertThat(classify("الزام عائد کیا گیا ہے").tag()).isEqualTo("ur");
    }

    @Test
    void onePashtoLetterMakesAFiveWordPiecePashto() {
        assertThat(classify("ټول حق لري او دغه").tag()).isEqualTo("ps");
    }

    @Test
    void fiveWordsOfPashtoTypedWithArabicLettersArePashto() {
        assertThat(classify("تعليماتو او ديني حقوق د").tag()).isEqualTo("ps");
    }

    @Test
    void fiveWordsOfPersianWithoutPersianLettersArePersian() {
        assertThat(classify("حقوق مرد و زن در منشور").tag()).isEqualTo("fa");
    }

    @Test
    void fiveWordsOfSoraniAreCentralKurdish() {
        assertThat(classify("پەیامەکان لە ڕێکخستنەکان بسڕەوە").tag()).isEqualTo("ckb");
    }

    @Test
    void uyghurIsToldByItsAlefMaksuraInsideAWord() {
        assertThat(classify("تىنچ يول بىلەن يىغىن").tag()).isEqualTo("ug");
    }

    @Test
    void anArabicHeadlineStaysArabic() {
        assertThat(classify("الرئيس يلتقي وزير الخارجية في بغداد").tag()).isEqualTo("ar");
    }

    @Test
    void anArabicHeadlineTypedOnAPersianKeyboardStaysArabic() {
        assertThat(classify("الرئیس یلتقی وزیر الخارجیة فی بغداد").tag()).isEqualTo("ar");
    }

    @Test
    void anArabicHeadlineWithDiacriticsStaysArabic() {
        assertThat(classify("وَصَلَ الرَّئِيسُ إِلَى القَاهِرَةِ أَمْسِ").tag()).isEqualTo("ar");
    }

    @Test
    void anArabicHeadlineNamingAForeignerWithPeStaysArabic() {
        assertThat(classify("هجوم عسكري شنه پيير ده لوزينان").tag()).isEqualTo("ar");
    }
}
