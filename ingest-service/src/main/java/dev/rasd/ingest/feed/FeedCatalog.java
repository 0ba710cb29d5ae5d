package dev.rasd.ingest.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Every entry is validated (required fields, unique ids, absolute http(s) URLs, known country code, valid
 * IANA zone); all problems are reported together, each naming its entry. Unknown keys are errors, so typos
 * do not pass silently.
 *
 * @param feeds the entries in file order
 */
public record FeedCatalog(List<FeedDefinition> feeds) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public FeedCatalog {
        feeds = List.copyOf(feeds);
    }

    /** The file's shape, before validation. */
    private record File(List<Entry> feeds) {
    }

    private record Entry(String id, String name, String site, String url, String country, String language,
            String timeZone, Boolean enabled) {
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
            List<String> problems = entry == null ? List.of("is empty") : problems(entry, ids);
            if (problems.isEmpty()) {
                feeds.add(definition(entry));
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

    private static List<String> problems(Entry entry, Set<String> ids) {
        List<String> problems = new ArrayList<>();
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            problems.add("id must be a lower-case slug (a-z, 0-9, '-'), was " + quoted(entry.id()));
        } else if (!ids.add(entry.id())) {
            problems.add("duplicate id");
        }
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add("name is missing");
        }
        if (httpUri(entry.site()) == null) {
            problems.add("site must be an absolute http(s) URL, was " + quoted(entry.site()));
        }
        if (httpUri(entry.url()) == null) {
            problems.add("url must be an absolute http(s) URL, was " + quoted(entry.url()));
        }
        if (entry.country() == null || !(entry.country().equals("intl") || COUNTRIES.contains(entry.country()))) {
            problems.add("country must be an ISO 3166 alpha-2 code in upper case or 'intl', was "
                    + quoted(entry.country()));
        }
        if (entry.language() == null || !LANGUAGE.matcher(entry.language()).matches()) {
            problems.add("language must be a lower-case ISO 639 code, was " + quoted(entry.language()));
        }
        if (entry.timeZone() != null && zone(entry.timeZone()) == null) {
            problems.add("timeZone must be an IANA zone such as Asia/Riyadh, was " + quoted(entry.timeZone()));
        }
        return problems;
    }

    private static FeedDefinition definition(Entry entry) {
        return new FeedDefinition(entry.id(), entry.name().strip(), httpUri(entry.site()), httpUri(entry.url()),
                entry.country(), entry.language(), entry.timeZone() == null ? null : zone(entry.timeZone()),
                entry.enabled() == null || entry.enabled());
    }

    private static URI httpUri(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            return FeedLinks.isHttp(uri) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
