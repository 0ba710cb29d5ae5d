package dev.rasd.ingest.fetch;

import java.io.IOException;

/** A fetch that produced no HTTP response to judge: the reason says why, the message says it for a log line. */
public final class FetchException extends IOException {

    /** Why a fetch failed. */
    public enum Reason {
        /** Not an http(s) URL, or no host. */
        UNSUPPORTED_URL,
        /** The host resolves to an address that the {@link AddressGuard} refuses. */
        BLOCKED_ADDRESS,
        /** Connecting or receiving the whole response took longer than the timeout. */
        TIMEOUT,
        /** The response (or its decompressed form) is larger than the limit. */
        TOO_LARGE,
        /** More redirects than allowed, or a redirect back to a URL already visited. */
        REDIRECT_LOOP,
        /** A redirect without a usable Location header. */
        BAD_REDIRECT,
        /** The body is compressed in a way that cannot be decoded. */
        BAD_ENCODING,
        /** DNS, connection or protocol failure. */
        NETWORK
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FetchException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the fetch failed. */
    public Reason reason() {
        return reason;
    }
}
