package dev.rasd.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Decodes a {@code Content-Encoding} of gzip or deflate (the JDK HTTP client leaves bodies as sent), with the
 * decoded size bounded so a small compressed bomb cannot fill the heap. "deflate" is meant to be zlib-wrapped but
 * some servers send raw deflate: both are accepted.
 */
public final class Decompression {

    private Decompression() {}

    /**
     * The decoded body.
     *
     * @param contentEncoding the Content-Encoding header, or null for none ({@code identity} too)
     * @param maxBytes the largest decoded size accepted
     * @throws FetchException {@link FetchException.Reason#TOO_LARGE} past {@code maxBytes},
     *     {@link FetchException.Reason#BAD_ENCODING} for an unknown encoding or a corrupt stream
     */
    public static byte[] decode(byte[] body, String contentEncoding, long maxBytes) throws FetchException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readBounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
                case "deflate" -> inflate(body, maxBytes);
                default -> throw new FetchException(FetchException.Reason.BAD_ENCODING,
                        "unsupported Content-Encoding " + contentEncoding);
            };
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.BAD_ENCODING,
                    "corrupt " + encoding + " body: " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(byte[] body, long maxBytes) throws IOException {
        try {
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), maxBytes);
        } catch (ZipException e) {
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxBytes);
        }
    }

    private static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchException(FetchException.Reason.TOO_LARGE,
                            "decompressed body exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
