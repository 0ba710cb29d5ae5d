package dev.rasd.ingest.extract;

import dev.rasd.contract.Extraction;
import dev.rasd.ingest.text.CharsetDetector;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an article from its page. Each field comes from the most trusted source that has it: the JSON-LD
 * article ({@link JsonLdArticle}), then OpenGraph and meta tags ({@link PageMetadata}), then the page body. The
 * publication date is the most trusted plausible one ({@link PublicationDate}); the title loses the site name that
 * titles often end with ({@link Headline}); the author may come from the visible byline ({@link Author}).
 *
 * <p>The text is the JSON-LD {@code articleBody} ({@link Extraction#JSON_LD}) or else the main text found by
 * {@linkplain MainText content heuristics} ({@link Extraction#ARTICLE_BODY}). A JSON-LD body is often a truncated
 * teaser or a single run of text without paragraph breaks, so it is compared with the heuristic text, ignoring white
 * space:
 * <ul>
 *   <li>if the heuristic text contains it and is clearly longer (by a fifth, or at all when the JSON-LD body ends
 *       with an ellipsis), the JSON-LD body was truncated: the heuristic text is used, labelled
 *       {@code ARTICLE_BODY};</li>
 *   <li>if they hold the same text and the heuristic one has more paragraphs, the page's paragraphs are used,
 *       still labelled {@code JSON_LD} since JSON-LD vouches for the words;</li>
 *   <li>otherwise the JSON-LD body is used.</li>
 * </ul>
 * Heuristic text shorter than {@value #MIN_MAIN_TEXT} characters is not taken for an article (a caption, a
 * cookie notice): the page then has no text and the feed's content or summary is used
 * ({@link ExtractedArticle#orFeedText}).
 *
 * <p>Pure: bytes in, record out; the page is decoded with {@link CharsetDetector} (HTTP charset, byte order mark,
 * {@code <meta charset>}, Arabic single-byte detection).
 */
public final class ArticleExtractor {

    static final int MIN_MAIN_TEXT = 140;
    private static final double TRUNCATION_MARGIN = 1.2;

    private ArticleExtractor() {}

    /** Extracts the article of a page, reading dates without an offset as UTC. */
    public static ExtractedArticle extract(byte[] html, String contentType, URI pageUrl) {
        return extract(html, contentType, pageUrl, null);
    }

    /** Extracts the article of a page, taking dates after the present moment for none. */
    public static ExtractedArticle extract(byte[] html, String contentType, URI pageUrl, ZoneId zone) {
        return extract(html, contentType, pageUrl, zone, Instant.now());
    }

    /**
     * Extracts the article of a page.
     *
     * @param html the page as received
     * @param contentType the HTTP Content-Type header, or null
     * @param pageUrl the URL the page came from, the base for relative links
     * @param zone the zone of dates written without an offset (the feed's), or null for UTC
     * @param now the present moment: a publication date after it (beyond clock skew) is not taken
     */
    public static ExtractedArticle extract(byte[] html, String contentType, URI pageUrl, ZoneId zone,
            Instant now) {
        String source = CharsetDetector.decode(html, contentType, CharsetDetector.Syntax.HTML).text();
        Document page = Jsoup.parse(source, pageUrl.toString());
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(page);
        PageMetadata meta = PageMetadata.of(page);
        String title = Headline.withoutSiteName(PageMetadata.firstOf(jsonLd.map(JsonLdArticle::headline).orElse(null),
                meta.title(), firstHeading(page)), meta.siteName(), pageUrl);
        String mainText = HtmlText.join(withoutLeadingTitle(MainText.paragraphs(page), title, firstHeading(page)));
        if (mainText.length() < MIN_MAIN_TEXT) {
            mainText = "";
        }
        Text text = chooseText(jsonLd.map(JsonLdArticle::articleBody).orElse(null), mainText);

        PublicationDate published = PublicationDate.of(page, jsonLd.map(JsonLdArticle::datePublished).orElse(null),
                meta, pageUrl, zone, now);
        return new ExtractedArticle(
                pageUrl.toString(),
                PageMetadata.firstOf(meta.canonicalUrl(), PageMetadata.absolute(page, jsonLd.map(JsonLdArticle::url).orElse(null))),
                title == null ? null : HtmlText.normaliseSpace(Parser.unescapeEntities(title, false)),
                meta.description(),
                text.value(),
                Author.of(page, jsonLd.map(JsonLdArticle::author).orElse(null), meta),
                published == null ? null : published.instant(),
                published == null ? null : published.source(),
                PageMetadata.firstOf(PageMetadata.absolute(page, jsonLd.map(JsonLdArticle::image).orElse(null)), meta.image()),
                text.extraction());
    }

    private record Text(String value, Extraction extraction) {
        static final Text NONE = new Text(null, null);
    }

    private static Text chooseText(String jsonLdBody, String mainText) {
        String body = HtmlText.of(jsonLdBody);
        if (body.isEmpty()) {
            return mainText.isEmpty() ? Text.NONE : new Text(mainText, Extraction.ARTICLE_BODY);
        }
        String bodyWords = withoutEllipsis(withoutSpace(body));
        String mainWords = withoutSpace(mainText);
        if (!bodyWords.isEmpty() && mainWords.contains(bodyWords)) {
            boolean endsWithEllipsis = !bodyWords.equals(withoutSpace(body));
            boolean clearlyLonger = mainWords.length() >= bodyWords.length() * TRUNCATION_MARGIN;
            if (clearlyLonger || endsWithEllipsis && mainWords.length() > bodyWords.length()) {
                return new Text(mainText, Extraction.ARTICLE_BODY);
            }
            if (mainWords.length() == bodyWords.length() && paragraphCount(mainText) > paragraphCount(body)) {
                return new Text(mainText, Extraction.JSON_LD);
            }
        }
        return new Text(body, Extraction.JSON_LD);
    }

    /** The paragraphs without a first one that repeats the headline (a heading kept inside the text block). */
    private static List<String> withoutLeadingTitle(List<String> paragraphs, String... headings) {
        if (paragraphs.isEmpty()) {
            return paragraphs;
        }
        String first = paragraphs.getFirst();
        for (String heading : headings) {
            if (heading != null && (heading.contains(first) || first.equals(HtmlText.normaliseSpace(heading)))) {
                return paragraphs.subList(1, paragraphs.size());
            }
        }
        return paragraphs;
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }

    private static String withoutEllipsis(String text) {
        return text.replaceFirst("(\\.\\.\\.|…)+$", "");
    }

    private static int paragraphCount(String text) {
        return text.split("\n\n").length;
    }

    private static String firstHeading(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : PageMetadata.blankToNull(h1.text());
    }
}
