package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RasdStackExtension.class)
class ExactlyOnceStreamsIT {

    @Test
    void aStreamsAppWithExactlyOnceV2CommitsItsOutput(TestStack stack) throws Exception {
        var topics = stack.topics();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.articlesRaw(), Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> "seen: " + value)
                .to(topics.articlesEnriched(), Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-" + stack.indexPrefix());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("eos").toString());
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(topics.articlesRaw(), "a" + i, "مقال " + i)).get();
                }
            }
            var output = KafkaRoundTripIT.consumeAll(stack.kafkaBootstrap(), topics.articlesEnriched(), 5,
                    "read_committed");
            assertThat(output).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("seen: مقال 0", "seen: مقال 1", "seen: مقال 2", "seen: مقال 3",
                            "seen: مقال 4");
            streams.close(Duration.ofSeconds(10));
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
        }
    }
}
