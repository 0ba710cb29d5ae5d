package dev.rasd.launcher;

import dev.rasd.index.IndexConfig;
import dev.rasd.index.kibana.KibanaConfig;
import dev.rasd.index.kibana.KibanaSetup;
import dev.rasd.index.kibana.SavedObjects;
import dev.rasd.index.template.IndexNames;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rasd kibana-setup [KIBANA_URL]}: imports Rasd's data views, saved searches, visualisations and dashboard,
 * generated for the configured index prefix ({@code RASD_ES_INDEX_PREFIX}), into a Kibana that may sit under a base
 * path, want credentials and hold several spaces. Options override the {@code RASD_KIBANA_*} variables.
 */
@Command(name = "kibana-setup", mixinStandardHelpOptions = true,
        description = {"Import Rasd's Kibana objects (data views, saved searches, visualisations, dashboard) for "
                + "the index prefix RASD_ES_INDEX_PREFIX through Kibana's saved-objects API.",
                "Exits 1, naming each object Kibana refused and the references it misses, when the import fails."})
final class KibanaSetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIBANA_URL", arity = "0..1",
            description = "Kibana's URL with its base path if any, e.g. http://host:5601/kibana "
                    + "(RASD_KIBANA_URL, default " + KibanaConfig.DEFAULT_URL + ").")
    String url;

    @Option(names = "--space", paramLabel = "SPACE", description = "The Kibana space to import into (RASD_KIBANA_SPACE; default: the default space).")
    String space;

    @Option(names = "--api-key", paramLabel = "KEY", description = "An encoded API key (RASD_KIBANA_API_KEY).")
    String apiKey;

    @Option(names = "--user", paramLabel = "USER", description = "A user, with --password (RASD_KIBANA_USERNAME).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The user's password (RASD_KIBANA_PASSWORD, which keeps it out of the process list).")
    String password;

    @Option(names = "--print", description = "Print the objects as NDJSON (for Kibana's import page) instead of importing them.")
    boolean print;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        IndexNames names = new IndexNames(IndexConfig.fromEnv(env).indexPrefix());
        SavedObjects objects = SavedObjects.of(names);
        if (print) {
            spec.commandLine().getOut().print(objects.ndjson());
            spec.commandLine().getOut().flush();
            return 0;
        }
        KibanaConfig kibana = KibanaConfig.fromEnv(withOptions(env));
        int imported = KibanaSetup.of(kibana).importSavedObjects(objects);
        spec.commandLine().getOut().println("imported " + imported + " Kibana objects for the indices "
                + names.prefix() + "-* into " + kibana.url() + (kibana.space() == null ? "" : " (space "
                + kibana.space() + ")"));
        return 0;
    }

    /** The environment with the options given on the command line in place of their variables. */
    private Map<String, String> withOptions(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(env);
        if (url != null) {
            merged.put("RASD_KIBANA_URL", url);
        }
        if (space != null) {
            merged.put("RASD_KIBANA_SPACE", space);
        }
        if (apiKey != null) {
            merged.remove("RASD_KIBANA_USERNAME");
            merged.remove("RASD_KIBANA_PASSWORD");
            merged.put("RASD_KIBANA_API_KEY", apiKey);
        }
        if (user != null || password != null) {
            merged.remove("RASD_KIBANA_API_KEY");
            if (user != null) {
                merged.put("RASD_KIBANA_USERNAME", user);
            }
            if (password != null) {
                merged.put("RASD_KIBANA_PASSWORD", password);
            }
        }
        return merged;
    }
}
