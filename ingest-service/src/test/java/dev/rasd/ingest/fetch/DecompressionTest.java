package dev.rasd.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DecompressionTest {

    private static final byte[] TEXT = "<rss><channel><title>أخبار</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

    @Test
    void decodesGzipZlibAndRawDeflate() throws IOException {
        assertThat(Decompression.decode(gzip(TEXT), "gzip", 1000)).isEqualTo(TEXT);
        assertThat(Decompression.decode(deflate(TEXT, false), "deflate", 1000)).isEqualTo(TEXT);
        assertThat(Decompression.decode(deflate(TEXT, true), "Deflate", 1000)).isEqualTo(TEXT);
    }

    @Test
    void identityIsUntouched() throws IOException {
        assertThat(Decompression.decode(TEXT, null, 1)).isSameAs(TEXT);
        assertThat(Decompression.decode(TEXT, "identity", 1)).isSameAs(TEXT);
    }

    @Test
    void compressionBombIsStoppedAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[10_000_000]);

        assertThat(bomb.length).isLessThan(20_000);
        assertThatThrownBy(() -> Decompression.decode(bomb, "gzip", 1_000_000))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
    }

    @Test
    void corruptOrUnknownEncodingIsABadEncoding() {
        assertThatThrownBy(() -> Decompression.decode(TEXT, "gzip", 1000))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BAD_ENCODING));
        assertThatThrownBy(() -> Decompression.decode(TEXT, "br", 1000))
                .hasMessageContaining("unsupported Content-Encoding br");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflate.write(data);
        }
        return out.toByteArray();
    }
}
