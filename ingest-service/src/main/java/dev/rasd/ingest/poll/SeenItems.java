package dev.rasd.ingest.poll;

import dev.rasd.ingest.publish.ArticleId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;

/**
 * The items of one feed already published, as a bounded memory of 64-bit keys: the oldest keys are forgotten first
 * once {@code capacity} is reached. An item is keyed both by its guid and by its canonical URL (see
 * {@link #guidKey} and {@link #urlKey}), so a feed that changes the guid of an unchanged link, or that links the
 * same article under a new guid, does not publish it again.
 *
 * <p>Keys are the first 8 bytes of a SHA-256: with a few thousand keys per feed a collision (which would skip one
 * new item) has a probability around 10⁻¹². The memory serialises to a compact Base64 string (oldest key first)
 * for the feed's checkpoint. Not thread-safe: one poll of a feed uses it at a time.
 */
public final class SeenItems {

    private final int capacity;
    /** Keys in insertion order, oldest first; each key at most once. */
    private long[] keys;
    private int size;
    private final HashSet<Long> index = new HashSet<>();

    /** An empty memory of at most {@code capacity} keys. */
    public SeenItems(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.keys = new long[Math.min(capacity, 64)];
    }

    /** The memory written by {@link #serialise()}, trimmed to {@code capacity} newest keys; empty for null. */
    public static SeenItems restore(String serialised, int capacity) {
        SeenItems seen = new SeenItems(capacity);
        if (serialised == null || serialised.isEmpty()) {
            return seen;
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(serialised));
        while (bytes.remaining() >= Long.BYTES) {
            seen.add(bytes.getLong());
        }
        return seen;
    }

    /** The key of an item's guid. */
    public static long guidKey(String guid) {
        return key("guid:" + guid);
    }

    /** The key of an article's canonical URL (its article id's first 8 bytes, in another form). */
    public static long urlKey(String canonicalUrl) {
        return idKey(ArticleId.of(canonicalUrl));
    }

    /** The key of an article id (its first 8 bytes): how an article without a URL is remembered. */
    public static long idKey(String articleId) {
        return Long.parseUnsignedLong(articleId.substring(0, 16), 16);
    }

    /** Whether {@code key} is remembered. */
    public boolean contains(long key) {
        return index.contains(key);
    }

    /** Remembers {@code key} as the newest, forgetting the oldest when full; a known key is left in place. */
    public void add(long key) {
        if (!index.add(key)) {
            return;
        }
        if (size == capacity) {
            index.remove(keys[0]);
            System.arraycopy(keys, 1, keys, 0, size - 1);
            size--;
        } else if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.min(capacity, keys.length * 2));
        }
        keys[size++] = key;
    }

    /** The number of keys remembered. */
    public int size() {
        return size;
    }

    /** The keys as Base64 of 8 bytes each, oldest first. */
    public String serialise() {
        ByteBuffer bytes = ByteBuffer.allocate(size * Long.BYTES);
        for (int i = 0; i < size; i++) {
            bytes.putLong(keys[i]);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static long key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
