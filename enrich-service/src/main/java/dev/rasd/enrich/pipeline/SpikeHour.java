package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * What the spike step remembers of one hour of one spike watch: how many stories matched it, the alerts of the
 * first {@link #TOP} of them (what a spike alert shows), and whether the hour raised its spike already.
 *
 * @param stories the stories counted in the hour
 * @param top the new-story alerts of the hour's first stories, at most {@link #TOP}
 * @param raised whether the hour's one spike alert was raised
 */
record SpikeHour(int stories, List<Alert> top, boolean raised) {

    /** How many stories of an hour a spike alert names. */
    static final int TOP = 5;
    /** An hour without stories. */
    static final SpikeHour EMPTY = new SpikeHour(0, List.of(), false);

    SpikeHour {
        top = List.copyOf(top);
    }

    /** This hour with one more story, whose new-story alert is {@code story}. */
    SpikeHour plus(Alert story) {
        List<Alert> first = new ArrayList<>(top);
        if (first.size() < TOP) {
            first.add(story);
        }
        return new SpikeHour(stories + 1, first, raised);
    }

    /** This hour, its spike raised. */
    SpikeHour withSpikeRaised() {
        return new SpikeHour(stories, top, true);
    }

    /** The ids of the hour's first stories. */
    List<String> topStoryIds() {
        return top.stream().map(Alert::storyId).toList();
    }
}
