package dev.rasd.ingest.cli;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code feed} and {@code extract}: one {@code FILE_OR_URL} and options with a value
 * ({@code --zone ZONE}, {@code --url URL}).
 *
 * @param source the file or URL
 * @param options the value of each option given, by name
 */
record SourceArguments(String source, Map<String, String> options) {

    /**
     * Parses {@code args}.
     *
     * @param optionNames the options the command takes, e.g. {@code --zone}
     * @throws IllegalArgumentException naming the unexpected or missing argument
     */
    static SourceArguments parse(String[] args, String... optionNames) {
        String source = null;
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (List.of(optionNames).contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (source == null && !args[i].startsWith("--")) {
                source = args[i];
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("FILE_OR_URL is missing");
        }
        return new SourceArguments(source, Map.copyOf(options));
    }

    /** The value of option {@code name}, or null when it was not given. */
    String option(String name) {
        return options.get(name);
    }

    /**
     * The zone of {@code --zone}, for dates written without an offset; null when not given (UTC).
     *
     * @throws java.time.DateTimeException when it names no zone
     */
    ZoneId zone() {
        String zone = options.get("--zone");
        return zone == null ? null : ZoneId.of(zone);
    }
}
