package dev.rasd.ingest.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of an article URL, the input of {@link ArticleId}: two links to the same article must give the
 * same string, whatever tracking decorations a feed or a share button added.
 *
 * <p>Normalisation: scheme and host in lower case; the default port (80 for http, 443 for https) dropped; an empty
 * path written as {@code /}; the fragment dropped; query parameters starting with {@code utm_} or {@code at_} and
 * the common click/campaign trackers ({@link #TRACKING_PARAMETERS}) removed, the other parameters kept in their
 * order; non-ASCII characters percent-encoded as UTF-8 and percent-escapes written in upper case, so a raw Arabic
 * slug and its encoded form are the same URL. Only absolute http and https URLs are accepted.
 */
public final class CanonicalUrl {

    /** Query parameters that only track a click or a campaign, removed besides every {@code utm_*}/{@code at_*}. */
    public static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "ocid", "cmpid", "xtor", "ito", "_ga", "_gl", "ref_src", "ref_url", "mkt_tok",
            "s_cid", "ns_source", "ns_mchannel", "ns_campaign", "smid", "smtyp", "__twitter_impression",
            "amp_referrer");

    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_");

    private CanonicalUrl() {}

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     */
    public static String of(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : upperCaseEscapes(path));
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The canonical form of the page's {@code <link rel=canonical>} when it is a usable http(s) URL (resolved
     * against the page URL), otherwise of {@code pageUrl}.
     *
     * @throws IllegalArgumentException if neither is an absolute http(s) URL
     */
    public static String of(String pageUrl, String relCanonical) {
        return declared(pageUrl, relCanonical).orElseGet(() -> of(pageUrl));
    }

    private static Optional<String> declared(String pageUrl, String relCanonical) {
        if (relCanonical == null || relCanonical.isBlank()) {
            return Optional.empty();
        }
        try {
            String resolved = parse(pageUrl).resolve(parse(relCanonical.strip(), true)).toString();
            return Optional.of(of(resolved));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code name} is a tracking parameter that canonicalisation removes. */
    public static boolean isTrackingParameter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TRACKING_PARAMETERS.contains(lower) || TRACKING_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    private static URI parse(String url) {
        return parse(url, false);
    }

    private static URI parse(String url, boolean relativeAllowed) {
        if (url == null) {
            throw new IllegalArgumentException("no URL");
        }
        URI uri;
        try {
            // URI accepts raw non-ASCII; toASCIIString then encodes it, so both spellings compare equal.
            uri = URI.create(new URI(url.strip().replace(" ", "%20")).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        if (relativeAllowed && !uri.isAbsolute()) {
            return uri;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        return uri;
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            if (!isTrackingParameter(name)) {
                kept.add(upperCaseEscapes(parameter));
            }
        }
        return String.join("&", kept);
    }

    private static String upperCaseEscapes(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw);
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            out.setCharAt(i + 1, Character.toUpperCase(raw.charAt(i + 1)));
            out.setCharAt(i + 2, Character.toUpperCase(raw.charAt(i + 2)));
        }
        return out.toString();
    }
}
