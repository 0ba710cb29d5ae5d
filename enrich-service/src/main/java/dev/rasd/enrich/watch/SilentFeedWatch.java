package dev.rasd.enrich.watch;

import dev.rasd.contract.Watch;

/**
 * The operator watch of silent feeds: a watch whose query is {@value #QUERY} matches no article; it alerts once
 * each time a feed becomes silent (publishes nothing for much longer than its usual gap while it still answers),
 * delivered like any alert of the watch.
 */
public final class SilentFeedWatch {

    /** The reserved query of the operator watch of silent feeds. */
    public static final String QUERY = "feed-status:silent";

    private SilentFeedWatch() {}

    /** Whether {@code watch} is an operator watch of silent feeds. */
    public static boolean is(Watch watch) {
        return QUERY.equals(watch.query().strip());
    }
}
