package dev.rasd.ingest.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Who wrote an article: the JSON-LD author, else the head's byline meta ({@link PageMetadata#author()}), else the
 * visible byline: a {@code rel=author} link, an {@code itemprop=author} element (its {@code name}), or a short
 * element named {@code author} or {@code byline}. The visible byline loses its lead-in ("By", "بقلم", "كتب", "إعداد")
 * and is not taken when longer than {@value #MAX_NAME} characters (a bio, not a name). Whatever the source, the
 * lead-in is cut and entities are decoded; a name equal to the site's is the publisher, not an author, and is
 * dropped.
 */
final class Author {

    private static final String VISIBLE = "[rel=author], [itemprop=author], [class~=(?i)^(author|byline|writer)"
            + "(-name)?$]";
    private static final Pattern LEAD_IN = Pattern.compile("^(?i:by|written by|von|par|por)\\s+|^(بقلم|كتب|كتبت|إعداد|"
            + "تقرير)\\s*[:：]?\\s*");
    private static final int MAX_NAME = 60;

    private Author() {}

    /**
     * The article's author, or null.
     *
     * @param page the parsed page
     * @param jsonLdAuthor the JSON-LD article's author names, or null
     * @param meta the page's head
     */
    static String of(Document page, String jsonLdAuthor, PageMetadata meta) {
        String author = PageMetadata.firstOf(jsonLdAuthor, meta.author(), visible(page));
        if (author == null) {
            return null;
        }
        author = withoutLeadIn(Parser.unescapeEntities(author, false));
        if (author.isEmpty() || meta.siteName() != null && author.equalsIgnoreCase(meta.siteName())) {
            return null;
        }
        return author;
    }

    /** The name without "By", "بقلم:" … in front, which some sites put in their JSON-LD and meta too. */
    private static String withoutLeadIn(String byline) {
        return LEAD_IN.matcher(HtmlText.normaliseSpace(byline)).replaceFirst("").strip();
    }

    private static String visible(Document page) {
        for (Element byline : page.body().select(VISIBLE)) {
            Element name = byline.selectFirst("[itemprop=name]");
            String text = name != null ? name.text() : byline.text();
            text = withoutLeadIn(text);
            if (!text.isEmpty() && text.length() <= MAX_NAME) {
                return text;
            }
        }
        return null;
    }
}
