package dev.rasd.index.search;

import dev.rasd.index.document.ArticleDocument.EntityDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the entities of an article that a query matched, from Elasticsearch's highlights.
 *
 * <p>Title and text are highlighted whole ({@code number_of_fragments: 0}) between {@link #PRE} and {@link #POST},
 * so stripping the markers gives back the field and the marked spans' offsets; a mention matched when its
 * {@code [start, end)} overlaps a marked span. Entity keyword fields ({@code persons}, …) come back with the
 * matched value marked, which is the canonical form itself.
 */
public final class MatchedEntities {

    /** Marks the start of a highlighted span; a control character that never occurs in article text. */
    public static final String PRE = "\u0002";
    /** Marks the end of a highlighted span. */
    public static final String POST = "\u0003";

    /** The entity keyword fields of an article document. */
    public static final List<String> ENTITY_FIELDS = List.of("persons", "organizations", "locations", "misc");

    private MatchedEntities() {}

    /**
     * The canonical forms of the matched entities, without repeats, in the order: entity fields first, then mentions
     * in title and text in order of appearance.
     *
     * @param entities the article's mentions
     * @param highlights Elasticsearch's highlight fragments by field
     */
    public static List<String> of(List<EntityDocument> entities, Map<String, List<String>> highlights) {
        Set<String> matched = new LinkedHashSet<>();
        for (String field : ENTITY_FIELDS) {
            for (String fragment : highlights.getOrDefault(field, List.of())) {
                matched.addAll(markedTexts(fragment));
            }
        }
        for (String field : List.of("title", "text")) {
            List<String> fragments = highlights.getOrDefault(field, List.of());
            if (fragments.size() != 1) {
                continue; // whole-field highlighting gives exactly one fragment
            }
            List<int[]> spans = markedSpans(fragments.getFirst());
            for (EntityDocument entity : entities) {
                if (field.equals(entity.field()) && overlapsAny(entity.start(), entity.end(), spans)) {
                    matched.add(entity.canonical());
                }
            }
        }
        return List.copyOf(matched);
    }

    /** The texts between the markers of {@code fragment}. */
    static List<String> markedTexts(String fragment) {
        List<String> texts = new ArrayList<>();
        String plain = strip(fragment);
        for (int[] span : markedSpans(fragment)) {
            texts.add(plain.substring(span[0], span[1]));
        }
        return texts;
    }

    /** The {@code [start, end)} offsets of the marked spans in {@code fragment} with the markers removed. */
    static List<int[]> markedSpans(String fragment) {
        List<int[]> spans = new ArrayList<>();
        int plainOffset = 0;
        int start = -1;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == PRE.charAt(0)) {
                start = plainOffset;
            } else if (c == POST.charAt(0)) {
                if (start >= 0) {
                    spans.add(new int[] {start, plainOffset});
                }
                start = -1;
            } else {
                plainOffset++;
            }
        }
        return spans;
    }

    private static String strip(String fragment) {
        return fragment.replace(PRE, "").replace(POST, "");
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }
}
