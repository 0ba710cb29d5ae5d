package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the story step of alerts raised elsewhere: {@code rasd watch add --backfill} runs a new watch over indexed
 * articles and writes its alerts straight to the alerts topic. Recording their ids in the story step's
 * {@link StoryStep#ALERTED} store keeps a later copy of a backfilled story from alerting again. The story step's own
 * alerts come back this way too; they are already recorded.
 */
final class RaisedAlertRecorder implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(RaisedAlertRecorder.class);
    private static final JsonSerde<Alert> ALERT = JsonSerde.of(Alert.class);

    private KeyValueStore<String, Long> alerted;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        alerted = context.getStateStore(StoryStep.ALERTED);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            Alert alert = ALERT.deserialize(null, record.value());
            if (alert.id() != null && alerted.get(alert.id()) == null) {
                alerted.put(alert.id(), record.timestamp());
                LOG.debug("alert {} raised outside the stream recorded", alert.id());
            }
        } catch (SerializationException e) {
            LOG.warn("alert record {} skipped, not an alert: {}", record.key(), e.getMessage());
        }
    }
}
