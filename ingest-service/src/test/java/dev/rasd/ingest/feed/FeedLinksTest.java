package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

    private static final URI BASE = URI.create("https://www.youm7.com/rss/SectionRss?SectionID=65");

    @Test
    void resolvesRelativeLinks() {
        assertThat(FeedLinks.resolve(BASE, "/story/2024/3/5/خبر/6512345"))
                .hasToString("https://www.youm7.com/story/2024/3/5/خبر/6512345");
        assertThat(FeedLinks.resolve(BASE, "//cdn.youm7.com/a.jpg")).hasToString("https://cdn.youm7.com/a.jpg");
        assertThat(FeedLinks.resolve(URI.create("https://example.com"), "news/1"))
                .hasToString("https://example.com/news/1");
    }

    @Test
    void keepsAbsoluteHttpLinksAndEscapesSpaces() {
        assertThat(FeedLinks.resolve(null, " http://example.com/a b ")).hasToString("http://example.com/a%20b");
    }

    @Test
    void dropsWhatIsNotAnHttpLink() {
        assertThat(FeedLinks.resolve(BASE, "mailto:desk@youm7.com")).isNull();
        assertThat(FeedLinks.resolve(BASE, "javascript:void(0)")).isNull();
        assertThat(FeedLinks.resolve(null, "/relative/without/base")).isNull();
        assertThat(FeedLinks.resolve(BASE, "http://exa mple.com:x/<>")).isNull();
        assertThat(FeedLinks.resolve(BASE, "  ")).isNull();
    }
}
