package dev.rasd.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde that reads and writes one contract record type as UTF-8 JSON. A {@code null} value is a tombstone
 * both ways. A record that is not valid JSON for the type fails with a {@link SerializationException} naming the
 * type and the parse problem, so callers can route it to the dead-letter topic.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;

    private JsonSerde(Class<T> type) {
        this.type = type;
    }

    /** A serde for {@code type}. */
    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new SerializationException(
                    "not a valid " + type.getSimpleName() + " JSON record: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // the type is fixed at construction: nothing to configure
    }

    @Override
    public void close() {
        // stateless: nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
