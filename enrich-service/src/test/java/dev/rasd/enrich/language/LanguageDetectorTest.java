package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fa  | وزیر امور خارجه ایران روز دوشنبه گفت که مذاکرات هسته‌ای به زودی از سر گرفته می‌شود.
            ur  | وزیر اعظم نے پیر کے روز کہا کہ حکومت مہنگائی پر قابو پانے کے لیے نئے اقدامات کرے گی۔
            ps  | د افغانستان د بهرنیو چارو وزارت ویلي چې له ګاونډیو هېوادونو سره خبرې به ژر پیل شي.
            ckb | سەرۆکی هەرێمی کوردستان ڕۆژی دووشەممە لە هەولێر لەگەڵ شاندێکی ئەمریکی کۆبووەوە.
            ar  | أعلنت وزارة الخارجية المصرية أن المفاوضات بشأن الهدنة ستستأنف في القاهرة الأسبوع المقبل.
            en  | The foreign minister said on Monday that talks with the government would resume next week.
            fr  | Le président de la République a annoncé lundi un nouveau plan pour soutenir les agriculteurs.
            tr  | Dışişleri Bakanı pazartesi günü yaptığı açıklamada müzakerelerin yeniden başlayacağını söyledi.
            """)
    void tellsTheLanguageOfANewsSentence(String tag, String sentence) {
        Detection detection = DETECTOR.detect(sentence);

        assertThat(detection.tag()).isEqualTo(tag);
        assertThat(detection.confidence()).isBetween(0.0, 1.0).isPositive();
    }

    @Test
    void anArabicArticleQuotingAnEnglishNameIsArabic() {
        Detection detection = DETECTOR.detect(
                "قال الرئيس الأمريكي Donald Trump في مؤتمر صحفي عقده في البيت الأبيض إن المحادثات مع الحكومة"
                        + " العراقية ستستأنف الأسبوع المقبل.");

        assertThat(detection.tag()).isEqualTo("ar");
    }

    @Test
    void anEnglishArticleQuotingAnArabicPhraseIsEnglish() {
        Detection detection = DETECTOR.detect("Protesters in Baghdad chanted \"الشعب يريد\" as the prime minister"
                + " promised to hold early elections before the end of the year.");

        assertThat(detection.tag()).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t ", "2024-05-01 12:30", "١٢٣٤٥٦٧٨٩ ٪ ، ؟", "!!! ... ---", "Paris", "قطر"})
    void emptyOrTooShortTextIsUndetermined(String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo(Detection.UNDETERMINED);
    }

    @Test
    void latinTextTheModelCannotPlaceIsUndetermined() {
        assertThat(DETECTOR.detect("xkcd qwrtz plmbk")).isEqualTo(Detection.UNDETERMINED);
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        String arabic = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني. ";
        String longArabicStart = arabic.repeat(LanguageDetector.MAX_ANALYSED_CHARS / arabic.length() + 1);
        String englishTail = "The rest of this page is an English translation of the statement. ".repeat(200);

        assertThat(DETECTOR.detect(longArabicStart + englishTail).tag()).isEqualTo("ar");
    }

    @Test
    void rejectsNullWithAClearMessage() {
        assertThatNullPointerException().isThrownBy(() -> DETECTOR.detect(null)).withMessage("text");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        List<String> texts = List.of(
                "وزیر امور خارجه ایران روز دوشنبه گفت که مذاکرات هسته‌ای به زودی از سر گرفته می‌شود.",
                "The foreign minister said on Monday that talks with the government would resume next week.",
                "Le président de la République a annoncé lundi un nouveau plan pour soutenir les agriculteurs.");
        List<Detection> sequential = texts.stream().map(DETECTOR::detect).toList();

        List<List<Detection>> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> texts.stream().map(DETECTOR::detect).toList()).toList();

        assertThat(parallel).allSatisfy(detections -> assertThat(detections).isEqualTo(sequential));
    }
    @Test
    void aShortArabicHeadlineWithDigitsAndALatinBrandIsArabic() {
        assertThat(DETECTOR.detect("أبل تطلق iPhone 16 في السعودية").tag()).isEqualTo("ar");
    }
}
