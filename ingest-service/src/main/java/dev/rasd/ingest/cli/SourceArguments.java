package dev.rasd.ingest.cli;

/**
 * The arguments of {@code feed} and {@code extract}: one {@code FILE_OR_URL} and at most one option with a value
 * ({@code --zone ZONE}, {@code --url URL}).
 *
 * @param source the file or URL
 * @param option the option's value, or null when not given
 */
record SourceArguments(String source, String option) {

    /**
     * Parses {@code args}.
     *
     * @param optionName the one option the command takes, e.g. {@code --zone}
     * @throws IllegalArgumentException naming the unexpected or missing argument
     */
    static SourceArguments parse(String[] args, String optionName) {
        String source = null;
        String option = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(optionName) && i + 1 < args.length) {
                option = args[++i];
            } else if (source == null && !args[i].startsWith("--")) {
                source = args[i];
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("FILE_OR_URL is missing");
        }
        return new SourceArguments(source, option);
    }
}
