package dev.rasd.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A news feed to monitor: the value of a {@link Topics#feeds()} record, keyed by {@link #id()}. A tombstone
 * removes the feed; {@code enabled=false} keeps it listed but unpolled. {@link #problems()} is the one rule of a
 * valid definition: the catalog file, {@code rasd feeds add} and ingest-service all apply it.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param id stable slug, e.g. {@code alarabiya}
 * @param name display name, e.g. {@code العربية}
 * @param site the publisher's home page
 * @param url the feed URL (RSS, Atom or JSON Feed)
 * @param country ISO 3166 alpha-2 code, or {@code intl}
 * @param language the language the feed is expected to publish in (BCP-47)
 * @param timeZone IANA zone for local times written without an offset, or null for UTC
 * @param enabled whether ingest-service polls it
 */
public record Feed(
        int schemaVersion,
        String id,
        String name,
        String site,
        String url,
        String country,
        String language,
        String timeZone,
        boolean enabled) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A feed record of the current schema version. */
    public static Feed of(String id, String name, String site, String url, String country, String language,
            String timeZone, boolean enabled) {
        return new Feed(SchemaVersion.CURRENT, id, name, site, url, country, language, timeZone, enabled);
    }

    /** This feed with {@code enabled} changed. */
    public Feed withEnabled(boolean enabled) {
        return new Feed(schemaVersion, id, name, site, url, country, language, timeZone, enabled);
    }

    /**
     * What is wrong with this definition, one phrase per field in field order; empty when it is valid. A valid feed
     * has a lower-case slug as id, a name, absolute http(s) URLs with a host as site and url, an ISO 3166 alpha-2
     * country in upper case or {@code intl}, a lower-case ISO 639 language, and an IANA time zone or none.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("id must be a lower-case slug (a-z, 0-9, '-'), was " + quoted(id));
        }
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        }
        if (!isHttpUrl(site)) {
            problems.add("site must be an absolute http(s) URL, was " + quoted(site));
        }
        if (!isHttpUrl(url)) {
            problems.add("url must be an absolute http(s) URL, was " + quoted(url));
        }
        if (country == null || !(country.equals("intl") || COUNTRIES.contains(country))) {
            problems.add("country must be an ISO 3166 alpha-2 code in upper case or 'intl', was " + quoted(country));
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            problems.add("language must be a lower-case ISO 639 code, was " + quoted(language));
        }
        if (timeZone != null && !isZone(timeZone)) {
            problems.add("timeZone must be an IANA zone such as Asia/Riyadh, was " + quoted(timeZone));
        }
        return problems;
    }

    /**
     * This feed, when it is valid.
     *
     * @throws IllegalArgumentException naming the feed and every {@link #problems() problem}
     */
    public Feed validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("feed " + quoted(id) + " is invalid: " + String.join("; ", problems));
        }
        return this;
    }

    private static boolean isHttpUrl(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
