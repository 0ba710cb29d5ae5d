package dev.rasd.ingest.feed;

import dev.rasd.contract.Feed;
import java.net.URI;
import java.time.ZoneId;

/**
 * A feed to monitor, as listed in {@code seeds/feeds.yaml}.
 *
 * @param id stable slug, unique in the catalog
 * @param name display name
 * @param site the publisher's home page, absolute http(s)
 * @param url the feed URL, absolute http(s)
 * @param country ISO 3166 alpha-2 code (upper case), or {@code intl}
 * @param language the language the feed publishes in, e.g. {@code ar}
 * @param timeZone the zone of dates the feed writes without an offset, or null for UTC
 * @param enabled whether it is polled
 */
public record FeedDefinition(
        String id,
        String name,
        URI site,
        URI url,
        String country,
        String language,
        ZoneId timeZone,
        boolean enabled) {

    /** This feed as a record of the feeds topic, the form ingest polls. */
    public Feed toFeed() {
        return Feed.of(id, name, site.toString(), url.toString(), country, language,
                timeZone == null ? null : timeZone.getId(), enabled);
    }
}
