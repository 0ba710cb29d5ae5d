package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The BIO tag set over {@link EntityType}: tag 0 is {@code O}, then {@code B-} and {@code I-} of each type in
 * enum order. Converts between tag numbers, corpus labels and entity spans.
 */
public final class BioTags {

    /** Number of tags. */
    public static final int COUNT = 1 + 2 * EntityType.values().length;
    /** The outside tag. */
    public static final int OUTSIDE = 0;

    /**
     * A run of tokens forming one entity.
     *
     * @param type  the entity type
     * @param start index of its first token
     * @param end   index just past its last token
     */
    public record Span(EntityType type, int start, int end) {
    }

    private BioTags() {
    }

    /** The {@code B-} tag of {@code type}. */
    public static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    /** The {@code I-} tag of {@code type}. */
    public static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    /** The entity type of a {@code B-} or {@code I-} tag. */
    static EntityType type(int tag) {
        if (tag == OUTSIDE) {
            throw new IllegalArgumentException("O has no entity type");
        }
        return EntityType.values()[(tag - 1) / 2];
    }

    /** Parses a corpus label such as {@code O}, {@code B-PERS}, {@code I-LOC}. */
    public static int parse(String label) {
        if (label.equals("O")) {
            return OUTSIDE;
        }
        if (label.length() > 2 && label.charAt(1) == '-') {
            EntityType type = typeOfLabel(label.substring(2));
            switch (label.charAt(0)) {
                case 'B':
                    return begin(type);
                case 'I':
                    return inside(type);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("not a BIO label: " + label);
    }

    /** The type a corpus label suffix names ({@code PERS}, {@code PER}, {@code ORG}, {@code LOC}, {@code MISC}). */
    private static EntityType typeOfLabel(String label) {
        return switch (label) {
            case "PERS", "PER" -> EntityType.PER;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> throw new IllegalArgumentException("unknown entity label: " + label);
        };
    }

    /** The label of a tag, such as {@code B-PER}. */
    static String label(int tag) {
        return tag == OUTSIDE ? "O" : (isInside(tag) ? "I-" : "B-") + type(tag);
    }

    /**
     * Whether {@code tag} may follow {@code previous} ({@code -1} at the start of a sentence): an {@code I-} tag
     * only continues an entity of the same type.
     */
    static boolean allowed(int previous, int tag) {
        return !isInside(tag) || (previous != -1 && previous != OUTSIDE && type(previous) == type(tag));
    }

    /**
     * The entity spans of a tag sequence, read the way conlleval reads them: an {@code I-} tag that does not
     * continue an entity of its type starts a new one.
     */
    public static List<Span> spans(int[] tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : OUTSIDE;
            boolean continues = start >= 0 && isInside(tag) && type(tag) == type(tags[start]);
            if (start >= 0 && !continues) {
                spans.add(new Span(type(tags[start]), start, i));
                start = -1;
            }
            if (tag != OUTSIDE && !continues) {
                start = i;
            }
        }
        return spans;
    }
}
