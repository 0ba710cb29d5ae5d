package dev.rasd.ingest.extract;

import dev.rasd.contract.DateSource;
import dev.rasd.ingest.feed.FeedDates;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a page says its article was published, and where it says so. The sources are read in order of trust
 * ({@link DateSource}): the JSON-LD article's {@code datePublished}, the head's meta tags ({@link PageMetadata}), a
 * {@code <time datetime>} in the article or its header, a date in the URL path, and a date written in the visible
 * byline (Arabic month names of every family and Arabic-Indic digits, read by {@link FeedDates}). A date written
 * without an offset is local time in the feed's zone.
 *
 * <p>A date is only taken when it is plausible: not after {@code now} plus {@link #CLOCK_SKEW}, and not before
 * {@link #EARLIEST} (no news site is older; an earlier year is a placeholder or a misread Hijri year). An implausible
 * date does not end the search: the next source is read.
 *
 * @param instant when the article was published
 * @param source where that was read
 */
public record PublicationDate(Instant instant, DateSource source) {

    /** How far ahead of our clock a publisher's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
    /** No article on the web is older. */
    static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");

    /** Elements whose visible text may hold the byline's date: named for dates or bylines, or marked up as one. */
    private static final String BYLINE_CANDIDATES = "[itemprop=datePublished], [class~=(?i)(date|time|byline|"
            + "publish|posted|meta|info)], [id~=(?i)(date|time|byline|publish|posted)]";
    /** A byline's date is short; a longer block is text that may quote other dates. */
    private static final int MAX_BYLINE = 120;

    /** {@code /2024/05/01/}, {@code /2024-05-01}, {@code /20240501/}; and {@code /2019/nov/19/}. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)"
                    + "|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/)"
                    + "|/((?:19|20)\\d{2})/(\\p{Alpha}{3})[a-z]*/(\\d{1,2})(?=/)");
    private static final Map<String, Integer> URL_MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /**
     * The most trusted plausible publication date of a page.
     *
     * @param page the parsed page
     * @param jsonLdDate the JSON-LD article's {@code datePublished} as written, or null
     * @param meta the page's head
     * @param pageUrl the page's address
     * @param zone the zone of dates without an offset (the feed's), or null for UTC
     * @param now the current time, the bound for dates in the future
     * @return the date, or null when no source gives a plausible one
     */
    public static PublicationDate of(Document page, String jsonLdDate, PageMetadata meta, URI pageUrl, ZoneId zone,
            Instant now) {
        PublicationDate date = plausible(FeedDates.parse(jsonLdDate, zone), DateSource.JSON_LD, now);
        if (date == null) {
            date = plausible(FeedDates.parse(meta.publishedTime(), zone), DateSource.META, now);
        }
        if (date == null) {
            date = fromTimeElement(page, zone, now);
        }
        if (date == null) {
            date = plausible(fromUrl(pageUrl, zone), DateSource.URL_PATH, now);
        }
        if (date == null) {
            date = fromByline(page, zone, now);
        }
        return date;
    }

    /** The date, or null when there is none or it is in the future or before {@link #EARLIEST}. */
    static PublicationDate plausible(Instant instant, DateSource source, Instant now) {
        if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(now.plus(CLOCK_SKEW))) {
            return null;
        }
        return new PublicationDate(instant, source);
    }

    private static PublicationDate fromTimeElement(Document page, ZoneId zone, Instant now) {
        for (Element time : page.select("article time[datetime], header time[datetime], time[pubdate][datetime]")) {
            PublicationDate date = plausible(FeedDates.parse(time.attr("datetime"), zone), DateSource.TIME_ELEMENT,
                    now);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The day a URL path names, at the start of that day in {@code zone}; null when it names none. */
    static Instant fromUrl(URI url, ZoneId zone) {
        if (url == null || url.getRawPath() == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url.getRawPath().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day;
            if (m.group(1) != null) {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } else if (m.group(4) != null) {
                day = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)));
            } else {
                Integer month = URL_MONTHS.get(m.group(8));
                if (month == null) {
                    return null;
                }
                day = LocalDate.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(9)));
            }
            return day.atStartOfDay(zone == null ? ZoneOffset.UTC : zone).toInstant();
        } catch (DateTimeException e) {
            return null; // digits that look like a date but are not one, e.g. /2024/13/45/
        }
    }

    /**
     * The first date written in a short byline-like element, in the article when the page marks one up (so that the
     * dates of teasers around it are not taken), else anywhere in the body.
     */
    private static PublicationDate fromByline(Document page, ZoneId zone, Instant now) {
        Element scope = page.selectFirst("article");
        List<Element> candidates = (scope != null ? scope : page.body()).select(BYLINE_CANDIDATES);
        for (Element candidate : candidates) {
            String text = candidate.text();
            if (text.length() > MAX_BYLINE || text.isBlank()) {
                continue;
            }
            PublicationDate date = plausible(FeedDates.parse(text, zone), DateSource.BYLINE, now);
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
