package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private static final URI BBC = URI.create("https://www.bbc.co.uk/news/world-50473792");
    private static final URI ALARABIYA = URI.create("https://www.alarabiya.net/arab-and-world/2024/05/20/x");

    @Test
    void suffixNamingTheSiteByOgSiteNameIsCut() {
        assertThat(Headline.withoutSiteName("التحالف الدولي يعلن مقتل قيادي في داعش | العربية", "العربية", ALARABIYA))
                .isEqualTo("التحالف الدولي يعلن مقتل قيادي في داعش");
    }

    @Test
    void suffixNamingTheHostIsCutWhateverTheSeparator() {
        assertThat(Headline.withoutSiteName("Venice floods: Worst in 50 years - BBC News", null, BBC))
                .isEqualTo("Venice floods: Worst in 50 years");
        assertThat(Headline.withoutSiteName("Venice floods — BBC", null, BBC)).isEqualTo("Venice floods");
        assertThat(Headline.withoutSiteName("Esper accuses China | Al Arabiya English", null, ALARABIYA))
                .isEqualTo("Esper accuses China");
    }

    @Test
    void prefixNamingTheSiteIsCut() {
        assertThat(Headline.withoutSiteName("BBC News | Venice floods", null, BBC)).isEqualTo("Venice floods");
    }

    @Test
    void dashInsideTheHeadlineIsKeptWhenTheRestDoesNotNameTheSite() {
        assertThat(Headline.withoutSiteName("Biden - Xi talks end without a deal", "Reuters", BBC))
                .isEqualTo("Biden - Xi talks end without a deal");
        assertThat(Headline.withoutSiteName("انخفاض الإصابات بكورونا في المغرب - الأخبار", null,
                URI.create("https://news.example.ma/x"))).isEqualTo("انخفاض الإصابات بكورونا في المغرب - الأخبار");
    }

    @Test
    void missingTitleStaysMissing() {
        assertThat(Headline.withoutSiteName(null, "BBC", BBC)).isNull();
    }
}
