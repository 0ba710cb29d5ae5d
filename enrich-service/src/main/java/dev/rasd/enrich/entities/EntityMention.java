package dev.rasd.enrich.entities;

import java.util.Objects;

/**
 * A named entity found in a text.
 *
 * @param text      the mention exactly as it appears in the input, {@code input.substring(start, end)}
 * @param canonical the mention in the shared canonical form of {@code dev.rasd.arabic}, for grouping and search
 * @param type      the kind of entity
 * @param start     offset of the first char of the mention in the input (Java {@code String} index)
 * @param end       offset just past the last char of the mention (exclusive)
 */
public record EntityMention(String text, String canonical, EntityType type, int start, int end) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }
}
