package dev.rasd.enrich.watch;

import dev.rasd.contract.Watch;

/** What the {@link WatchRegistry} knows of a watch id: an active watch, a removed one, or nothing yet. */
public sealed interface WatchState {

    /** An enabled watch. */
    record Active(Watch watch) implements WatchState {
    }

    /** A watch that was deleted (a tombstone), disabled or refused since it was seen. */
    record Removed() implements WatchState {
    }

    /** An id the registry has never seen: its watch record may still be on its way. */
    record Unknown() implements WatchState {
    }
}
