package dev.rasd.stack.kafka;

import dev.rasd.contract.Topics;
import dev.rasd.stack.StackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates Rasd's topics on any cluster (embedded or not); topics that exist are left as they are. */
public final class TopicCreator {

    private TopicCreator() {}

    /**
     * Creates the topics of {@code topics} that do not exist yet, tables compacted.
     *
     * @param partitions partitions of each new topic
     * @param replication replication factor of each new topic
     */
    public static void create(Admin admin, Topics topics, int partitions, short replication) {
        List<NewTopic> wanted = new ArrayList<>();
        for (Topics.TopicSpec spec : topics.specs()) {
            NewTopic topic = new NewTopic(spec.name(), partitions, replication);
            if (spec.compacted()) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            wanted.add(topic);
        }
        try {
            for (var entry : admin.createTopics(wanted).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StackException("cannot create topic " + entry.getKey() + ": "
                                + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new StackException("timed out creating topics", e);
        }
    }
}
