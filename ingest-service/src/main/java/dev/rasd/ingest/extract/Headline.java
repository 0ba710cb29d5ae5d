package dev.rasd.ingest.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's headline without the site's name that {@code <title>} and often {@code og:title} carry: "Headline |
 * Site", "Headline - Site", "Site | Headline" (also with –, —, ·, :: and «/» as separators). The part cut off must
 * name the site: equal to {@code og:site_name}, or the host's name inside it or it inside the host ("BBC News" on
 * bbc.com, "Al Jazeera" on aljazeera.com), ignoring case, spaces and punctuation. A headline that merely contains a
 * dash keeps it.
 */
final class Headline {

    private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\s+(?:[|\\-–—·«»]|::)\\s+([^|\\-–—·«»]+)$");
    private static final Pattern PREFIX = Pattern.compile("^([^|\\-–—·«»]+?)\\s+(?:[|\\-–—·«»]|::)\\s+(.+)$");
    /** Shorter host names ("ap", "nu") would match inside ordinary words. */
    private static final int MIN_HOST_NAME = 3;

    private Headline() {}

    /**
     * The title without a site-name suffix or prefix.
     *
     * @param title the title as found, or null
     * @param siteName the page's {@code og:site_name}, or null
     * @param pageUrl the page's address, or null
     */
    static String withoutSiteName(String title, String siteName, URI pageUrl) {
        if (title == null) {
            return null;
        }
        String host = hostName(pageUrl);
        Matcher suffix = SUFFIX.matcher(title);
        if (suffix.matches() && namesSite(suffix.group(2), siteName, host)) {
            return suffix.group(1).strip();
        }
        Matcher prefix = PREFIX.matcher(title);
        if (prefix.matches() && namesSite(prefix.group(1), siteName, host)) {
            return prefix.group(2).strip();
        }
        return title;
    }

    private static boolean namesSite(String part, String siteName, String host) {
        String name = letters(part);
        if (name.isEmpty()) {
            return false;
        }
        if (siteName != null && name.equals(letters(siteName))) {
            return true;
        }
        return host != null && (name.contains(host) || host.contains(name) && name.length() >= MIN_HOST_NAME);
    }

    /**
     * The site's name in its host: the label before the public suffix, without {@code www.}: {@code bbc} for
     * www.bbc.co.uk, {@code alarabiya} for www.alarabiya.net; null when too short to compare.
     */
    private static String hostName(URI url) {
        String host = url == null ? null : url.getHost();
        if (host == null) {
            return null;
        }
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
        labels.remove("www");
        if (labels.size() > 1) {
            labels.removeLast(); // the top-level domain
        }
        if (labels.size() > 1 && labels.getLast().length() <= 3) {
            labels.removeLast(); // co.uk, com.eg
        }
        String name = letters(labels.getLast());
        return name.length() < MIN_HOST_NAME ? null : name;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
