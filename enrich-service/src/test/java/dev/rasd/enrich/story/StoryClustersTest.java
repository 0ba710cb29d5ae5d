package dev.rasd.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustersTest {

    private static final String SEED = seed();

    private static String seed() {
        try {
            return Files.readString(Path.of("../seeds/000_34ebdda601602118.txt"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final Map<Long, StoryCandidate> sentences = new HashMap<>();
    private final StoryClusters clusters = new StoryClusters(new StoryClusters.SentenceStore() {
        @Override
        public StoryCandidate get(long sentence) {
            return sentences.get(sentence);
        }

        @Override
        public void put(long sentence, StoryCandidate candidate) {
            sentences.put(sentence, candidate);
        }
    });

    @Test
    void aSyndicatedCopyWithADatelineACreditLineAndHamzaVariantsJoinsTheStory() {
        String copy = "القاهرة - وكالة الأنباء العربية للأخبار، مراسلنا الخاص: "
                + SEED.replace("أن تنظيم", "ان تنظيم").replace("الأميركية", "الامريكية")
                + "\nوقد ساهم في إعداد هذا التقرير مراسلو الوكالة في دمشق وبغداد وعمان وبيروت.";
        assertThat(clusters.assign("a1", Fingerprint.of(SEED), 1)).isEqualTo("a1");
        assertThat(clusters.assign("a2", Fingerprint.of(copy), 2)).isEqualTo("a1");
    }

    @Test
    void aDifferentStoryStartsItsOwn() {
        String other = "أعلنت وزارة الصحة المصرية اليوم عن افتتاح مستشفى جديد في محافظة أسوان بسعة مئتي سرير. "
                + "ويضم المستشفى أقساما للطوارئ والجراحة والأطفال وغرف عمليات حديثة. وقال الوزير إن المشروع يأتي "
                + "ضمن خطة لتطوير الخدمات الصحية في صعيد مصر. وتهدف الخطة إلى تقليل قوائم الانتظار في المستشفيات "
                + "الحكومية خلال العام المقبل.";
        clusters.assign("a1", Fingerprint.of(SEED), 1);
        assertThat(clusters.assign("b1", Fingerprint.of(other), 2)).isEqualTo("b1");
    }

    @Test
    void sharingOneStockSentenceIsNotEnough() {
        String stock = "وتابع المتحدث باسم الوزارة في تصريح صحفي أن التحقيقات ما زالت جارية.";
        String first = stock + " واندلع حريق كبير في مستودع للأخشاب شمال المدينة مساء الأحد.";
        String second = stock + " وأوقفت الشرطة ثلاثة أشخاص يشتبه في تورطهم بعملية سطو على مصرف.";
        assertThat(clusters.assign("x", Fingerprint.of(first), 1)).isEqualTo("x");
        assertThat(clusters.assign("y", Fingerprint.of(second), 2)).isEqualTo("y");
    }

    @Test
    void textsWithoutLongSentencesAreTheirOwnStory() {
        assertThat(Fingerprint.of("عاجل: انفجار في بيروت").sentences()).isEmpty();
        assertThat(clusters.assign("s1", Fingerprint.of("عاجل: انفجار في بيروت"), 1)).isEqualTo("s1");
        assertThat(clusters.assign("s2", Fingerprint.of("عاجل: انفجار في بيروت"), 2)).isEqualTo("s2");
    }

    @Test
    void theSameTextTwiceIsOneStory() {
        assertThat(clusters.assign("x", Fingerprint.of(SEED), 1)).isEqualTo("x");
        assertThat(clusters.assign("y", Fingerprint.of(SEED), 2)).isEqualTo("x");
    }

    @Test
    void sentencesAreNormalisedBeforeHashing() {
        assertThat(Fingerprint.of("قال الرئيس إنَّ الاجتماعَ سيُعقد غداً في القاهرة بحضور الوزراء."))
                .isEqualTo(Fingerprint.of("قال الرئيس ان الاجتماع سيعقد غدا في القاهره بحضور الوزراء"));
    }
}
