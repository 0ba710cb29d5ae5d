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
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates Rasd's topics on any cluster (embedded or not); topics that exist are left as they are. Returns once every
 * partition has a leader the broker knows of: a producer that writes to a partition the broker does not know yet
 * gets metadata errors, and an idempotent one can end up retrying a batch out of sequence until its delivery
 * timeout (seen as a test whose records never all arrived).
 */
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
            awaitLeaders(admin, wanted.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new StackException("timed out creating topics", e);
        }
    }

    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames()
                        .get(30, TimeUnit.SECONDS);
                if (topics.values().stream().flatMap(t -> t.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new StackException("cannot describe topics " + names + ": " + e.getCause().getMessage(), e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + names + " have partitions without a leader after 30 s");
            }
            Thread.sleep(50);
        }
    }
}
