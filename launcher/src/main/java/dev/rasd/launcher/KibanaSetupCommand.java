package dev.rasd.launcher;

import dev.rasd.index.kibana.KibanaSetup;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rasd kibana-setup [KIBANA_URL]}: imports Rasd's data views, saved search and dashboard into Kibana. */
@Command(name = "kibana-setup", mixinStandardHelpOptions = true,
        description = "Import Rasd's Kibana objects (data views, saved search, dashboard) through the saved-objects API.")
final class KibanaSetupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIBANA_URL", arity = "0..1", defaultValue = "http://127.0.0.1:5601",
            description = "Kibana's URL (default ${DEFAULT-VALUE}).")
    URI kibana;

    @Override
    public Integer call() throws Exception {
        Path objects = Path.of(System.getProperty("rasd.root", ".")).resolve("kibana/saved-objects.ndjson");
        int imported = KibanaSetup.of(kibana).importSavedObjects(objects);
        System.out.println("imported " + imported + " Kibana objects into " + kibana);
        return 0;
    }
}
