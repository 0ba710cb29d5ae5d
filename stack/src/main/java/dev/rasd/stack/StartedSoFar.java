package dev.rasd.stack;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The things a start-up has started so far, which {@link #close()} stops in reverse order. Things are added as
 * soon as they exist, before they are ready, so that a stop at any moment of the start-up (a signal to
 * {@code rasd up} while Elasticsearch is starting, say) stops them. Once closed, whatever is added is stopped at
 * once and the start-up is told to give up with a {@link StackException}.
 */
public final class StartedSoFar implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StartedSoFar.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    /**
     * Takes {@code thing} into the things to stop.
     *
     * @return {@code thing}
     * @throws StackException after {@link #close()}, having stopped {@code thing}
     */
    public synchronized <T extends AutoCloseable> T add(T thing) {
        if (closed) {
            closeQuietly(thing);
            throw new StackException("stopped while starting");
        }
        started.push(thing);
        return thing;
    }

    /** Stops everything added, the last added first, and waits until each has stopped. */
    @Override
    public synchronized void close() {
        closed = true;
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable thing) {
        try {
            thing.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.toString());
        }
    }
}
