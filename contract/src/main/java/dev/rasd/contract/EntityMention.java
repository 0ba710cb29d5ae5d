package dev.rasd.contract;

import java.util.List;

/**
 * One mention of a named entity in an article.
 *
 * @param text the surface form as it appears in the field, e.g. {@code داعش} in {@code لداعش}
 * @param canonical the canonical form: clitics stripped, normalised; the same for every variant of the name
 * @param type the kind of entity
 * @param field {@code title} or {@code text}
 * @param start the offset of the first character in the field (a Java string index)
 * @param end the offset after the last character (exclusive)
 */
public record EntityMention(String text, String canonical, EntityType type, String field, int start, int end) {

    /** The field name of mentions in the title. */
    public static final String TITLE = "title";
    /** The field name of mentions in the text. */
    public static final String TEXT = "text";

    /** The distinct canonical forms of the entities of {@code type} among {@code mentions}, in order of mention. */
    public static List<String> canonicalNames(List<EntityMention> mentions, EntityType type) {
        return mentions.stream().filter(e -> e.type() == type).map(EntityMention::canonical).distinct().toList();
    }
}
