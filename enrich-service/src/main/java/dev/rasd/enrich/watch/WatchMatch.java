package dev.rasd.enrich.watch;

import java.util.List;

/**
 * A watch that matched an article.
 *
 * @param watchId the watch
 * @param matchedTerms the query's terms found in the article, as analysed (e.g. {@code تحالف} for {@code والتحالف})
 * @param snippet a short passage around the first match with every match between {@code «} and {@code »}
 */
public record WatchMatch(String watchId, List<String> matchedTerms, String snippet) {

    public WatchMatch {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
