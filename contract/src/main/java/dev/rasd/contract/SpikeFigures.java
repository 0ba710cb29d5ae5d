package dev.rasd.contract;

import java.time.Instant;
import java.util.List;

/**
 * What a spike alert found.
 *
 * @param hourStart the start of the hour counted
 * @param stories the stories that matched the watch in that hour
 * @param baseline the mean count of the same hour over the baseline days
 * @param topStories ids of the first stories of the hour (at most five), in the order they were seen
 */
public record SpikeFigures(Instant hourStart, int stories, double baseline, List<String> topStories) {

    public SpikeFigures {
        topStories = topStories == null ? List.of() : List.copyOf(topStories);
    }
}
