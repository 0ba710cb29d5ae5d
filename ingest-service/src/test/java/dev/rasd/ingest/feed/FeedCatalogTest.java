package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedCatalogTest {

    /** The real seed list; Maven runs tests in the module directory. */
    private static final Path SEEDS = Path.of("..", "seeds", "feeds.yaml");

    private static FeedCatalog read(String yaml) throws FeedCatalogException {
        return FeedCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theSeedListHasAtLeastFortyValidArabicFeeds() throws Exception {
        FeedCatalog catalog = FeedCatalog.load(SEEDS);

        assertThat(catalog.feeds()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.feeds()).allSatisfy(feed -> assertThat(feed.language()).isEqualTo("ar"));
        assertThat(catalog.feeds()).extracting(FeedDefinition::country)
                .contains("intl", "SA", "AE", "QA", "KW", "BH", "OM", "LB", "SY", "JO", "PS", "EG", "MA", "DZ", "TN",
                        "LY", "IQ", "SD", "YE");
        assertThat(catalog.find("bbc-arabic")).get().extracting(FeedDefinition::url)
                .isEqualTo(URI.create("https://feeds.bbci.co.uk/arabic/rss.xml"));
    }

    @Test
    void theSeedListKeepsFeedsThatCouldNotBeConfirmedListedButDisabled() throws Exception {
        FeedCatalog catalog = FeedCatalog.load(SEEDS);

        // no evidence at all (petra, ahram, alwasat-ly), found dead (kuna, tap), 403 to data-centre addresses
        assertThat(catalog.feeds()).filteredOn(feed -> !feed.enabled()).extracting(FeedDefinition::id)
                .contains("petra", "ahram", "alwasat-ly", "kuna", "tap", "alarabiya");
        assertThat(catalog.enabledFeeds()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.find("okaz")).get().extracting(FeedDefinition::url)
                .isEqualTo(URI.create("https://www.okaz.com.sa/rssFeed/0"));
    }

    @Test
    void readsAllFieldsWithDefaults() throws Exception {
        FeedCatalog catalog = read("""
                feeds:
                  - id: petra
                    name: وكالة الأنباء الأردنية
                    site: https://petra.gov.jo
                    url: https://petra.gov.jo/rss
                    country: JO
                    language: ar
                    timeZone: Asia/Amman
                    enabled: false
                  - {id: bbc-arabic, name: BBC عربي, site: https://www.bbc.com/arabic,
                     url: https://feeds.bbci.co.uk/arabic/rss.xml, country: intl, language: ar}
                """);

        assertThat(catalog.feeds()).containsExactly(
                new FeedDefinition("petra", "وكالة الأنباء الأردنية", URI.create("https://petra.gov.jo"),
                        URI.create("https://petra.gov.jo/rss"), "JO", "ar", ZoneId.of("Asia/Amman"), false),
                new FeedDefinition("bbc-arabic", "BBC عربي", URI.create("https://www.bbc.com/arabic"),
                        URI.create("https://feeds.bbci.co.uk/arabic/rss.xml"), "intl", "ar", null, true));
        assertThat(catalog.enabledFeeds()).extracting(FeedDefinition::id).containsExactly("bbc-arabic");
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void namesEveryInvalidEntry() {
        assertThatThrownBy(() -> read("""
                feeds:
                  - {id: a, name: A, site: https://a.example, url: https://a.example/rss, country: EG, language: ar}
                  - {id: a, name: A2, site: https://a.example, url: ftp://a.example/rss, country: EG, language: ar}
                  - {id: Bad Id, name: B, site: a.example, url: https://b.example/rss, country: XX, language: ar,
                     timeZone: Mars/Olympus}
                """))
                .isInstanceOf(FeedCatalogException.class)
                .hasMessage("test.yaml: 6 invalid: "
                        + "entry 2 'a': duplicate id; "
                        + "entry 2 'a': url must be an absolute http(s) URL, was 'ftp://a.example/rss'; "
                        + "entry 3 'Bad Id': id must be a lower-case slug (a-z, 0-9, '-'), was 'Bad Id'; "
                        + "entry 3 'Bad Id': site must be an absolute http(s) URL, was 'a.example'; "
                        + "entry 3 'Bad Id': country must be an ISO 3166 alpha-2 code in upper case or 'intl', was 'XX'; "
                        + "entry 3 'Bad Id': timeZone must be an IANA zone such as Asia/Riyadh, was 'Mars/Olympus'");
    }

    @Test
    void refusesUnknownKeysAndEmptyCatalogs() {
        assertThatThrownBy(() -> read("feeds:\n  - {id: a, nmae: typo}\n"))
                .hasMessageStartingWith("test.yaml: not a feed catalog: Unrecognized field \"nmae\"");
        assertThatThrownBy(() -> read("feeds: []\n"))
                .hasMessage("test.yaml: no feeds (expected a top-level 'feeds:' list)");
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> FeedCatalog.load(Path.of("no-such-feeds.yaml")))
                .isInstanceOf(FeedCatalogException.class)
                .hasMessageStartingWith("no-such-feeds.yaml: cannot be read");
    }
}
