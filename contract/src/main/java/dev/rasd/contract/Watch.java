package dev.rasd.contract;

import java.time.Instant;
import java.util.List;

/**
 * A standing query whose matches raise alerts: the value of a {@link Topics#watches()} record, keyed by
 * {@link #id()}. A tombstone deletes the watch.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param id stable id chosen by the user
 * @param name display name
 * @param query Lucene classic syntax, as typed in Kibana's Lucene mode; fields {@code title}, {@code text},
 *     {@code person}, {@code org}, {@code location}, {@code source}, {@code language}
 * @param languages restrict to articles in these languages (BCP-47), empty for all
 * @param webhook URL that gets an HTTP POST per alert, or null
 * @param enabled whether the watch raises alerts
 * @param createdAt when the watch was created
 * @param delivery how and when its alerts reach people; {@link Delivery#IMMEDIATE} when absent
 * @param spike the rule of a spike watch, which alerts when more stories match it in an hour than usual; null for
 *     a watch that alerts on every new story it matches
 */
public record Watch(
        int schemaVersion,
        String id,
        String name,
        String query,
        List<String> languages,
        String webhook,
        boolean enabled,
        Instant createdAt,
        Delivery delivery,
        SpikeRule spike) {

    public Watch {
        languages = languages == null ? List.of() : List.copyOf(languages);
        delivery = delivery == null ? Delivery.IMMEDIATE : delivery;
    }

    /** A watch delivered at once, alerting on every new story it matches. */
    public Watch(int schemaVersion, String id, String name, String query, List<String> languages, String webhook,
            boolean enabled, Instant createdAt) {
        this(schemaVersion, id, name, query, languages, webhook, enabled, createdAt, null, null);
    }

    /** An enabled watch of the current schema version, named after its id, for all languages. */
    public static Watch of(String id, String query) {
        return new Watch(SchemaVersion.CURRENT, id, id, query, List.of(), null, true, Instant.now());
    }
}
