package dev.rasd.runtime.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings of Rasd's Kafka clients, each rule written once: producers wait for every in-sync replica, consumers
 * commit their own offsets and read only committed records, group consumers start from the earliest record. Each
 * method takes the client's own further settings ({@code extra}), which win over the shared ones.
 */
public final class KafkaClients {

    private KafkaClients() {}

    /** An admin client for the cluster at {@code bootstrap}; the caller closes it. */
    public static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** A producer's settings: a record counts as sent once every in-sync replica has it ({@code acks=all}). */
    public static Map<String, Object> producer(String bootstrap, Map<String, Object> extra) {
        return with(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), extra);
    }

    /** {@link #producer} settings that also write a retried record once ({@code enable.idempotence}). */
    public static Map<String, Object> idempotentProducer(String bootstrap, Map<String, Object> extra) {
        return with(producer(bootstrap, Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)), extra);
    }

    /**
     * A consumer's settings: it reads only committed records ({@code read_committed}) and commits its offsets
     * itself, when what it read is done (no auto-commit).
     */
    public static Map<String, Object> consumer(String bootstrap, Map<String, Object> extra) {
        return with(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), extra);
    }

    /** {@link #consumer} settings in group {@code groupId}, which starts from the earliest record. */
    public static Map<String, Object> groupConsumer(String bootstrap, String groupId, Map<String, Object> extra) {
        return with(consumer(bootstrap, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), extra);
    }

    private static Map<String, Object> with(Map<String, Object> shared, Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(shared);
        settings.putAll(extra);
        return Map.copyOf(settings);
    }
}
