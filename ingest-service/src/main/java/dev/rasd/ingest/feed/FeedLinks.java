package dev.rasd.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolves the links feeds write (relative, with spaces, with non-ASCII paths) to absolute http(s) URIs. */
final class FeedLinks {

    private FeedLinks() {
    }

    /**
     * Resolves a link against a base.
     *
     * @param base the base to resolve against, or null when only absolute links can be kept
     * @param link the link as written, may be null
     * @return the absolute http(s) URI, or null when the link is blank, malformed, relative without a base, or of
     *     another scheme (mailto:, javascript:, tag: …)
     */
    static URI resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(link.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute() && base != null) {
            uri = withPath(base).resolve(uri);
        }
        return isHttp(uri) ? uri : null;
    }

    /** Whether the URI is absolute http or https with a host. */
    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && uri.getHost() != null
                && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
    }

    /** {@code http://host} as {@code http://host/}: {@link URI#resolve} mishandles an empty base path. */
    private static URI withPath(URI base) {
        if (base.isOpaque() || !base.getRawPath().isEmpty()) {
            return base;
        }
        return base.resolve("/");
    }
}
