package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartedSoFarTest {

    private final List<String> stopped = new ArrayList<>();

    private AutoCloseable thing(String name) {
        return () -> stopped.add(name);
    }

    @Test
    void stopsWhatWasStartedTheLastFirst() {
        StartedSoFar started = new StartedSoFar();
        started.add(thing("kafka"));
        started.add(thing("elasticsearch"));
        started.add(thing("service"));

        started.close();

        assertThat(stopped).containsExactly("service", "elasticsearch", "kafka");
    }

    @Test
    void stopsEachThingOnceWhenClosedTwice() {
        StartedSoFar started = new StartedSoFar();
        started.add(thing("kafka"));

        started.close();
        started.close();

        assertThat(stopped).containsExactly("kafka");
    }

    @Test
    void stopsTheOthersWhenOneFailsToStop() {
        StartedSoFar started = new StartedSoFar();
        started.add(thing("kafka"));
        started.add(() -> {
            throw new IllegalStateException("stuck");
        });

        started.close();

        assertThat(stopped).containsExactly("kafka");
    }

    @Test
    void stopsAThingAddedAfterTheCloseAtOnceAndTellsTheStartUpToGiveUp() {
        StartedSoFar started = new StartedSoFar();
        started.close();

        assertThatThrownBy(() -> started.add(thing("elasticsearch")))
                .isInstanceOf(StackException.class).hasMessageContaining("stopped while starting");
        assertThat(stopped).containsExactly("elasticsearch");
    }

    @Test
    void stopsNestedThingsWithTheirOwner() {
        StartedSoFar started = new StartedSoFar();
        started.add(thing("demo server"));
        StartedSoFar stack = started.add(new StartedSoFar());
        stack.add(thing("kafka"));
        stack.add(thing("elasticsearch"));

        started.close();

        assertThat(stopped).containsExactly("elasticsearch", "kafka", "demo server");
    }
}
