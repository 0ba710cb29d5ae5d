package dev.rasd.launcher;

import dev.rasd.contract.Alert;
import dev.rasd.contract.JsonSerde;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd alerts [--follow]}: prints the alerts on the alerts topic, and with --follow those that arrive. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Print alerts (time, watch, source, title, snippet, url).")
final class AlertsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Option(names = {"-f", "--follow"}, description = "Keep printing alerts as they arrive, until Ctrl-C.")
    boolean follow;

    @Override
    public Integer call() {
        Connection connection = Connection.fromEnv(System.getenv());
        TopicReader.read(connection.kafkaBootstrap(), connection.topics().alerts(), JsonSerde.of(Alert.class),
                record -> {
                    if (record.value() != null) {
                        System.out.println(format(record.value()));
                        System.out.flush();
                    }
                }, () -> follow);
        return 0;
    }

    static String format(Alert alert) {
        return TIME.format(alert.detectedAt()) + "  [" + alert.watchId() + "]  " + alert.source() + " — "
                + alert.title() + "\n    " + alert.snippet() + (alert.url() == null ? "" : "\n    " + alert.url());
    }
}
