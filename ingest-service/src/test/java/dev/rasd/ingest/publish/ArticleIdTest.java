package dev.rasd.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void isHexOfTheFirst16BytesOfSha256OfTheCanonicalUrl() throws Exception {
        String url = "https://www.alarabiya.net/arab-and-world/syria/2021/02/23/x";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));

        assertThat(ArticleId.of(url)).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 32)).hasSize(32);
    }

    @Test
    void knownValue() {
        // sha256("https://example.com/") = 0f115db062b7c0dd030b16878c99dea5c354b49dc37b38eb8846179c7783e9d7
        assertThat(ArticleId.of("https://example.com/")).isEqualTo("0f115db062b7c0dd030b16878c99dea5");
    }

    @Test
    void trackedAndCleanLinksGiveTheSameId() {
        assertThat(ArticleId.of(CanonicalUrl.of("https://Example.com:443/a?utm_source=rss#top")))
                .isEqualTo(ArticleId.of(CanonicalUrl.of("https://example.com/a")));
    }
}
