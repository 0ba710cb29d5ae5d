package dev.rasd.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedTest {

    private static final Feed VALID = Feed.of("bbc-arabic", "BBC عربي", "https://www.bbc.com/arabic",
            "https://feeds.bbci.co.uk/arabic/rss.xml", "intl", "ar", "Asia/Riyadh", true);

    @Test
    void aCompleteDefinitionHasNoProblems() {
        assertThat(VALID.problems()).isEmpty();
        assertThat(VALID.validated()).isSameAs(VALID);
        assertThat(Feed.of("sana", "سانا", "http://sana.sy", "http://sana.sy/rss", "SY", "ar", null, false).problems())
                .as("no zone, plain http, a country").isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedWithWhatItWas() {
        Feed feed = Feed.of("Bad Id", " ", "a.example", "ftp://a.example/rss", "eg", "AR", "Mars/Olympus", true);

        assertThat(feed.problems()).containsExactly(
                "id must be a lower-case slug (a-z, 0-9, '-'), was 'Bad Id'",
                "name is missing",
                "site must be an absolute http(s) URL, was 'a.example'",
                "url must be an absolute http(s) URL, was 'ftp://a.example/rss'",
                "country must be an ISO 3166 alpha-2 code in upper case or 'intl', was 'eg'",
                "language must be a lower-case ISO 639 code, was 'AR'",
                "timeZone must be an IANA zone such as Asia/Riyadh, was 'Mars/Olympus'");
    }

    @Test
    void missingFieldsAreProblemsNotErrors() {
        Feed feed = new Feed(SchemaVersion.CURRENT, null, null, null, null, null, null, null, true);

        assertThat(feed.problems()).hasSize(6).first().isEqualTo("id must be a lower-case slug (a-z, 0-9, '-'), was nothing");
    }

    @Test
    void aUrlWithoutHostOrThatDoesNotParseIsNotAFeedUrl() {
        assertThat(Feed.of("a", "A", "https://a.example", "https:///rss", "EG", "ar", null, true).problems())
                .containsExactly("url must be an absolute http(s) URL, was 'https:///rss'");
        assertThat(Feed.of("a", "A", "https://a.example", "https://a.example/a b", "EG", "ar", null, true).problems())
                .containsExactly("url must be an absolute http(s) URL, was 'https://a.example/a b'");
    }

    @Test
    void validatedRefusesAnInvalidFeedNamingItAndEveryProblem() {
        Feed feed = Feed.of("news", "أخبار", "https://a.example", "mailto:x@a.example", "EG", "ar", "Nowhere", true);

        assertThatThrownBy(feed::validated).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feed 'news' is invalid: url must be an absolute http(s) URL, was 'mailto:x@a.example'; "
                        + "timeZone must be an IANA zone such as Asia/Riyadh, was 'Nowhere'");
    }

    @Test
    void theRuleIsNotPartOfTheRecordsJson() {
        assertThat(Json.write(VALID)).doesNotContain("problems").doesNotContain("validated");
    }
}
