package dev.rasd.stack.kafka;

import dev.rasd.contract.Topics;
import dev.rasd.stack.StackException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Creates Rasd's topics on any cluster (embedded or not); topics that exist are left as they are. Returns once every
 * partition has a leader the broker knows of: a producer that writes to a partition the broker does not know yet
 * gets metadata errors, and an idempotent one can end up retrying a batch out of sequence until its delivery
 * timeout (seen as a test whose records never all arrived).
 */
public final class TopicCreator {

    /**
     * Partitions per topic unless {@code RASD_TOPIC_PARTITIONS} says otherwise: six divide evenly among 1, 2, 3 or 6
     * consumer threads. With three, one of enrich-service's two stream threads got two partitions and twice the
     * work, and throughput was that thread's (measured with {@code EnrichThroughputBenchmark}).
     */
    public static final int DEFAULT_PARTITIONS = 6;

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

    /**
     * Waits until the leader of every partition serves requests: the broker's metadata names a leader before the
     * leader has taken the partition up, and a produce request in between gets NOT_LEADER_OR_FOLLOWER. Asking each
     * partition's leader for its latest offset succeeds only once it has.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, topic) ->
                        topic.partitions().forEach(p -> partitions.put(new TopicPartition(name, p.partition()),
                                OffsetSpec.latest())));
                admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw new StackException("cannot read topics " + names + ": " + e.getCause().getMessage(), e);
                }
                last = e.getCause();
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("topics " + names + " not served after 30 s: " + last);
    }
}
