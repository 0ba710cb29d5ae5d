package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {

    private static final String P1 = "أعلنت وزارة الصحة اليوم عن انخفاض عدد الإصابات الجديدة، وقالت إن الحملة مستمرة في كل المحافظات.";
    private static final String P2 = "وأضاف المتحدث باسم الوزارة أن المستشفيات استقبلت عدداً أقل من المرضى، وأن الأسرة متاحة للجميع.";
    private static final String P3 = "وتتوقع الوزارة أن يستمر الانخفاض خلال الأسابيع المقبلة، مع توسيع حملة التطعيم إلى المدارس والجامعات.";
    private static final String P4 = "وكانت الحكومة قد أعلنت الشهر الماضي عن خطة لدعم القطاع الصحي، تشمل بناء مستشفيات جديدة في الأرياف.";

    private static List<String> paragraphs(String body) {
        return MainText.paragraphs(Jsoup.parse("<html><body>" + body + "</body></html>", "https://example.com/a"));
    }

    @Test
    void wrapperNamedLikeChromeIsKeptWhenItHoldsMostOfThePage() {
        List<String> text = paragraphs("""
                <nav><a href="/">الرئيسية</a></nav>
                <div class="container penci_sidebar"><div class="post-entry">
                  <p>%s</p><p>%s</p><p>%s</p></div></div>
                <div class="sidebar"><p>الأكثر قراءة اليوم في الموقع من الأخبار</p></div>""".formatted(P1, P2, P3));

        assertThat(text).containsExactly(P1, P2, P3);
    }

    @Test
    void pageWhoseEveryBlockIsNamedLikeChromeIsReadAgainWithTheNamesIgnored() {
        List<String> text = paragraphs("""
                <div class="elementor-widget-wrap"><div class="small">قائمة</div>
                  <div class="elementor-widget-container"><p>%s</p><p>%s</p></div></div>
                <div class="elementor-widget-wrap"><div class="related">%s %s %s</div></div>"""
                .formatted(P1, P2, "أ", "ب", "ج"));

        assertThat(text).contains(P1, P2);
    }

    @Test
    void bodySplitIntoSeveralColumnsIsReadWhole() {
        List<String> text = paragraphs("""
                <section class="meteredContent">
                  <div class="column"><div class="c"><p>%s</p><p>%s</p></div></div>
                  <figure><img src="a.jpg"><figcaption>صورة من المستشفى</figcaption></figure>
                  <div class="column"><div class="c"><p>%s</p></div></div>
                  <div class="column"><div class="c"><p>%s</p></div></div>
                </section>
                <div class="more"><p>قصة أخرى عن موضوع مختلف تماماً في الموقع</p></div>""".formatted(P1, P2, P3, P4));

        assertThat(text).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void hiddenBlocksCaptionsAndBylinesAreNotText() {
        List<String> text = paragraphs("""
                <article><p class="byline">بقلم سعيد الإدريسي</p><span class="timestamp">محدث 5:27 م</span>
                  <div class="gallery"><div class="caption">رئيس الوزراء يصافح الوزير في العاصمة يوم الأربعاء</div>
                    <span class="credit">تصوير: رويترز</span></div>
                  <p>%s</p><p>%s</p>
                  <div style="display: none" itemscope><div itemprop="headline">عنوان الخبر مرة ثانية للآلات</div>
                    <div itemprop="description"><p>%s</p></div></div>
                </article>""".formatted(P1, P2, P1));

        assertThat(text).containsExactly(P1, P2);
    }

    @Test
    void bodyCutInTwoByAnAdRailIsReadWhole() {
        List<String> text = paragraphs("""
                <main><div class="grid"><div class="article__body"><p>%s</p><p>%s</p><p>%s</p></div>
                  <div class="ad-rail"><p>اشترك الآن في النشرة البريدية</p></div></div>
                <div class="grid"><div class="article__body"><p>%s</p></div></div></main>""".formatted(P1, P2, P3, P4));

        assertThat(text).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void paragraphThatOnlyLabelsAnAdSlotIsNotText() {
        List<String> text = paragraphs("""
                <div class="story"><p>%s</p><p>Advertisement</p><p>إعلان</p><p>%s</p></div>""".formatted(P1, P2));

        assertThat(text).containsExactly(P1, P2);
    }
}
