package dev.rasd.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasd} command: one entry point for running the pipeline and talking to it. */
@Command(name = "rasd", mixinStandardHelpOptions = true, version = "rasd 0.1.0",
        description = "Continuous monitoring of Arabic news: Kafka, Elasticsearch and the Rasd services.",
        subcommands = {UpCommand.class, WatchCommand.class, AlertsCommand.class, SearchCommand.class,
                FeedsCommand.class, PassThroughCommands.Feed.class, PassThroughCommands.Extract.class,
                PassThroughCommands.Enrich.class, KibanaSetupCommand.class, RunCommand.class, SetupCommand.class})
public final class Rasd implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands, error handling and exit codes. */
    static CommandLine commandLine() {
        return new CommandLine(new Rasd())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
