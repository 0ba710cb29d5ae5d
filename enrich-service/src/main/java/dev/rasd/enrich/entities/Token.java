package dev.rasd.enrich.entities;

/**
 * A token of a text and where it is.
 *
 * @param text  the token as it appears in the text
 * @param start offset of its first char
 * @param end   offset just past its last char (exclusive)
 */
public record Token(String text, int start, int end) {
}
