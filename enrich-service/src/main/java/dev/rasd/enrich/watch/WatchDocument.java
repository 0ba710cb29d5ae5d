package dev.rasd.enrich.watch;

import java.util.List;

/**
 * What a watch query is matched against: an article's text fields, the canonical names of its entities and its
 * keyword fields.
 *
 * @param title the headline
 * @param text the body
 * @param persons canonical person names (query fields {@code person}/{@code persons})
 * @param organizations canonical organisation names ({@code org}/{@code organizations})
 * @param locations canonical place names ({@code location}/{@code locations})
 * @param source the publisher ({@code source}, matched exactly)
 * @param language the BCP-47 language tag ({@code language}, matched exactly)
 * @param feedId the feed ({@code feedId}, matched exactly)
 */
public record WatchDocument(String title, String text, List<String> persons, List<String> organizations,
        List<String> locations, String source, String language, String feedId) {

    public WatchDocument {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        persons = persons == null ? List.of() : List.copyOf(persons);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** A document with only a title and a text, for tests and the command line. */
    public static WatchDocument ofText(String title, String text) {
        return new WatchDocument(title, text, List.of(), List.of(), List.of(), null, null, null);
    }
}
