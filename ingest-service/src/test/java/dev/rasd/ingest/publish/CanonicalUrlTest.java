package dev.rasd.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://WWW.Example.COM/News/A, https://www.example.com/News/A",
        "https://example.com:443/a, https://example.com/a",
        "http://example.com:80/a, http://example.com/a",
        "http://example.com:8080/a, http://example.com:8080/a",
        "https://example.com, https://example.com/",
        "https://example.com/a#comments, https://example.com/a",
        "https://example.com/a?utm_source=rss&utm_medium=feed, https://example.com/a",
        "https://example.com/a?id=7&UTM_Campaign=x&fbclid=1&gclid=2&ocid=3&at_medium=4&page=2, https://example.com/a?id=7&page=2",
        "https://example.com/a?&id=7&, https://example.com/a?id=7",
        "https://example.com/%d8%a7, https://example.com/%D8%A7",
    })
    void normalises(String url, String canonical) {
        assertThat(CanonicalUrl.of(url)).isEqualTo(canonical);
    }

    @Test
    void rawArabicAndPercentEncodedArabicAreTheSameUrl() {
        assertThat(CanonicalUrl.of("https://www.alarabiya.net/سوريا/خبر"))
                .isEqualTo(CanonicalUrl.of("https://www.alarabiya.net/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7/%D8%AE%D8%A8%D8%B1"));
    }

    @Test
    void declaredCanonicalWinsAndIsResolvedAgainstThePage() {
        assertThat(CanonicalUrl.of("https://m.example.com/a?utm_source=x", "/news/a?utm_campaign=y"))
                .isEqualTo("https://m.example.com/news/a");
        assertThat(CanonicalUrl.of("https://amp.example.com/amp/a", "https://www.example.com/a"))
                .isEqualTo("https://www.example.com/a");
    }

    @Test
    void unusableDeclaredCanonicalIsIgnored() {
        assertThat(CanonicalUrl.of("https://example.com/a", "javascript:void(0)")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com/a", " ")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com/a", null)).isEqualTo("https://example.com/a");
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> CanonicalUrl.of("ftp://example.com/a")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> CanonicalUrl.of("/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalUrl.of("https://exa mple.com/%")).isInstanceOf(IllegalArgumentException.class);
    }
}
