package dev.rasd.contract;

/**
 * A news feed to monitor: the value of a {@link Topics#feeds()} record, keyed by {@link #id()}. A tombstone
 * removes the feed; {@code enabled=false} keeps it listed but unpolled.
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

    /** A feed record of the current schema version. */
    public static Feed of(String id, String name, String site, String url, String country, String language,
            String timeZone, boolean enabled) {
        return new Feed(SchemaVersion.CURRENT, id, name, site, url, country, language, timeZone, enabled);
    }

    /** This feed with {@code enabled} changed. */
    public Feed withEnabled(boolean enabled) {
        return new Feed(schemaVersion, id, name, site, url, country, language, timeZone, enabled);
    }
}
