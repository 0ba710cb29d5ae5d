package dev.rasd.bench.fault;

import java.util.List;

/**
 * Short Arabic news texts, one per article number, that enrich-service sees as distinct stories: every sentence
 * carries the article's number, so no two articles share a sentence hash. Every tenth article names a «مرصد» (an
 * observatory), which the fault run's watch looks for; the others never contain that word.
 */
final class SyntheticArticles {

    /** The word the fault run's watch looks for. */
    static final String WATCHED_WORD = "مرصد";

    private static final List<String> CITIES = List.of("القاهرة", "بيروت", "عمّان", "تونس", "الرباط", "الدوحة",
            "بغداد", "دمشق", "الخرطوم", "طرابلس", "الجزائر", "مسقط", "الكويت", "المنامة", "جدة", "نواكشوط");
    private static final List<String> BODIES = List.of("وزارة الاقتصاد", "هيئة الطيران المدني", "اتحاد المزارعين",
            "جامعة الدول العربية", "البنك المركزي", "وزارة الصحة", "نقابة الصحفيين", "المجلس البلدي");
    private static final List<String> SUBJECTS = List.of("خطة لتطوير الموانئ", "برنامج لدعم الشركات الصغيرة",
            "مشروع لتحلية مياه البحر", "حملة لتطعيم الأطفال", "اتفاق لتبادل الخبرات الزراعية",
            "مبادرة لترميم المدارس القديمة", "قانون لتنظيم النقل العام", "خطة لخفض استهلاك الطاقة");

    private SyntheticArticles() {}

    /** Whether article {@code number} mentions the watched word. */
    static boolean mentionsWatchedWord(int number) {
        return number % 10 == 0;
    }

    /** The headline of article {@code number}. */
    static String title(int number) {
        return pick(BODIES, number) + " تعلن " + pick(SUBJECTS, number / 3) + " في " + pick(CITIES, number / 7)
                + " (النشرة " + number + ")";
    }

    /** The body of article {@code number}: paragraphs separated by a blank line. */
    static String text(int number) {
        String city = pick(CITIES, number / 7);
        String body = pick(BODIES, number);
        String subject = pick(SUBJECTS, number / 3);
        StringBuilder text = new StringBuilder()
                .append("أعلنت ").append(body).append(" في ").append(city).append(" صباح اليوم عن ").append(subject)
                .append(" ضمن الملف رقم ").append(number).append(" الذي يتابعه المسؤولون منذ أسابيع طويلة.\n\n")
                .append("وقال متحدث باسم ").append(body).append(" إن المرحلة ").append(number)
                .append(" من العمل ستبدأ خلال الأشهر المقبلة بتمويل محلي ودعم من شركاء إقليميين.\n\n")
                .append("وأضاف أن السكان في ").append(city).append(" سيلمسون نتائج الخطة ").append(number)
                .append(" قبل نهاية العام المقبل إذا سارت الأعمال كما هو مقرر.");
        if (mentionsWatchedWord(number)) {
            text.append("\n\nوأشار ").append(WATCHED_WORD).append(" مستقل إلى أن التقرير ").append(number)
                    .append(" يستند إلى بيانات جمعت ميدانيا من عشرات القرى والبلدات.");
        }
        return text.toString();
    }

    private static String pick(List<String> words, int index) {
        return words.get(Math.floorMod(index, words.size()));
    }
}
