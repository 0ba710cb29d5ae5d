package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorTest {

    private static String author(String head, String body, String jsonLdAuthor) {
        Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://example.com/a");
        return Author.of(page, jsonLdAuthor, PageMetadata.of(page));
    }

    @Test
    void jsonLdAuthorComesBeforeTheMetaAndTheByline() {
        assertThat(author("<meta name=\"author\" content=\"Meta Name\">", "<p class=\"byline\">By Visible</p>",
                "جوان سوز")).isEqualTo("جوان سوز");
    }

    @Test
    void parselyAndDublinCoreMetasNameTheAuthor() {
        assertThat(author("<meta name=\"parsely-author\" content=\"Megan Rowe\">", "", null)).isEqualTo("Megan Rowe");
        assertThat(author("<meta name=\"DC.creator\" content=\"ليلى الخطيب\">", "", null)).isEqualTo("ليلى الخطيب");
    }

    @Test
    void visibleBylineLosesItsLeadIn() {
        assertThat(author("", "<span class=\"byline\">By Robert Burns</span>", null)).isEqualTo("Robert Burns");
        assertThat(author("", "<div class=\"author\">بقلم: سعيد الإدريسي</div>", null)).isEqualTo("سعيد الإدريسي");
        assertThat(author("", "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Ana Ruiz</span>"
                + "<span>Senior editor since 2010 and author of several books on the region</span></div>", null))
                .isEqualTo("Ana Ruiz");
    }

    @Test
    void leadInAndEntitiesAreCutFromAStructuredAuthorToo() {
        assertThat(author("<meta name=\"author\" content=\"By Jamelle Bouie\">", "", null)).isEqualTo("Jamelle Bouie");
        assertThat(author("", "", "Ren&#233;e O&#8217;Neil")).isEqualTo("Renée O’Neil");
    }

    @Test
    void siteNameIsNotAnAuthor() {
        assertThat(author("<meta property=\"og:site_name\" content=\"العربية\"><meta name=\"author\" content=\"العربية\">",
                "", null)).isNull();
    }

    @Test
    void profileLinkIsNotAName() {
        assertThat(author("<meta property=\"article:author\" content=\"https://facebook.com/someone\">", "", null))
                .isNull();
    }
}
