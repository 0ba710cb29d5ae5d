package dev.rasd.ingest.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rasd.contract.Feed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The feeds to monitor, read from a YAML file such as {@code seeds/feeds.yaml}:
 * <pre>
 * feeds:
 *   - id: bbc-arabic
 *     name: BBC عربي
 *     site: https://www.bbc.com/arabic
 *     url: https://feeds.bbci.co.uk/arabic/rss.xml
 *     country: intl
 *     language: ar
 *     timeZone: Asia/Riyadh   # optional
 *     enabled: true           # optional, default true
 * </pre>
 * Every entry is validated by the rule of every feed definition ({@link Feed#problems()}: required fields, absolute
 * http(s) URLs, known country code, valid IANA zone) and ids must be unique; all problems are reported together,
 * each naming its entry. Unknown keys are errors, so typos do not pass silently.
 *
 * @param feeds the entries in file order
 */
public record FeedCatalog(List<FeedDefinition> feeds) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public FeedCatalog {
        feeds = List.copyOf(feeds);
    }

    /** The file's shape, before validation. */
    private record File(List<Entry> feeds) {
    }

    private record Entry(String id, String name, String site, String url, String country, String language,
            String timeZone, Boolean enabled) {

        /** The entry as a feed record, the form every feed definition is validated in. */
        Feed toFeed() {
            return Feed.of(id, name == null ? null : name.strip(), site == null ? null : site.strip(),
                    url == null ? null : url.strip(), country, language, timeZone, enabled == null || enabled);
        }
    }

    /**
     * Reads a catalog file.
     *
     * @throws FeedCatalogException when the file cannot be read, is not valid YAML of this shape, or has invalid
     *     entries
     */
    public static FeedCatalog load(Path path) throws FeedCatalogException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new FeedCatalogException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog from a stream.
     *
     * @param source the name used in error messages, e.g. the file name
     * @throws FeedCatalogException when the YAML is invalid or has invalid entries
     */
    public static FeedCatalog read(InputStream in, String source) throws FeedCatalogException {
        File file;
        try {
            file = YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new FeedCatalogException(source + ": not a feed catalog: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        if (file == null || file.feeds() == null || file.feeds().isEmpty()) {
            throw new FeedCatalogException(source + ": no feeds (expected a top-level 'feeds:' list)");
        }
        List<FeedDefinition> feeds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.feeds().size(); i++) {
            Entry entry = file.feeds().get(i);
            String label = "entry " + (i + 1) + (entry != null && entry.id() != null ? " '" + entry.id() + "'" : "");
            List<String> problems = entry == null ? List.of("is empty") : problems(entry.toFeed(), ids);
            if (problems.isEmpty()) {
                feeds.add(definition(entry.toFeed()));
            } else {
                problems.forEach(problem -> errors.add(label + ": " + problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new FeedCatalogException(source + ": " + errors.size() + " invalid: " + String.join("; ", errors));
        }
        return new FeedCatalog(feeds);
    }

    /** The feeds to poll. */
    public List<FeedDefinition> enabledFeeds() {
        return feeds.stream().filter(FeedDefinition::enabled).toList();
    }

    /** The feed with this id. */
    public Optional<FeedDefinition> find(String id) {
        return feeds.stream().filter(feed -> feed.id().equals(id)).findFirst();
    }

    /** A duplicate id, then the feed's own problems. */
    private static List<String> problems(Feed feed, Set<String> ids) {
        List<String> problems = new ArrayList<>(feed.problems());
        if (feed.id() != null && !ids.add(feed.id())) {
            problems.addFirst("duplicate id");
        }
        return problems;
    }

    private static FeedDefinition definition(Feed feed) {
        return new FeedDefinition(feed.id(), feed.name(), URI.create(feed.site()), URI.create(feed.url()),
                feed.country(), feed.language(), feed.timeZone() == null ? null : ZoneId.of(feed.timeZone()),
                feed.enabled());
    }
}
