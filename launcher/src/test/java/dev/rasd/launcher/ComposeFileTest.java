package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rasd.enrich.EnrichConfig;
import dev.rasd.index.IndexConfig;
import dev.rasd.ingest.IngestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine where the tests run, so docker-compose.yml is never started here; this test checks
 * that it is consistent with the README, the modules and the code: images, build paths, ports, variables and
 * commands.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JsonNode compose;
    private static JsonNode services;
    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        services = compose.get("services");
        readme = Files.readString(ROOT.resolve("README.md"));
    }

    private static String elasticsearchVersion() throws IOException {
        Properties built = new Properties();
        try (var in = ComposeFileTest.class.getResourceAsStream("/dev/rasd/stack/rasd-stack.properties")) {
            built.load(in);
        }
        return built.getProperty("elasticsearch.version");
    }

    /**
     * A service's environment, with {@code <<: *anchor} merges applied. (Jackson reads an alias as the anchor's
     * name; this file defines each anchor {@code NAME} under the top-level key {@code x-NAME}.)
     */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.has("<<")) {
            JsonNode merged = node.get("<<").isTextual() ? compose.path("x-" + node.get("<<").asText()) : node.get("<<");
            assertThat(merged.isObject()).as("the anchor merged into " + node).isTrue();
            merged.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("<<")) {
                env.put(e.getKey(), e.getValue().asText());
            }
        });
        return env;
    }

    @Test
    void imagesAreKafka4ElasticsearchAndKibanaOfTheVersionWeBuildAgainst() throws IOException {
        String version = elasticsearchVersion();
        assertThat(services.at("/kafka/image").asText()).matches("apache/kafka:4\\.\\d+\\.\\d+");
        assertThat(services.at("/kibana/image").asText()).isEqualTo("docker.elastic.co/kibana/kibana:" + version);
        assertThat(services.at("/elasticsearch/image").asText()).endsWith(":" + version);
        String dockerfile = Files.readString(ROOT.resolve(services.at("/elasticsearch/build/dockerfile").asText()));
        assertThat(dockerfile).contains("ARG ELASTICSEARCH_VERSION=" + version)
                .contains("elasticsearch-plugin install --batch");
    }

    @Test
    void everyBuildHasItsContextAndDockerfileAndCopiesWhatTheBuildProduces() throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            JsonNode build = it.next().getValue().path("build");
            if (build.isMissingNode()) {
                continue;
            }
            Path context = ROOT.resolve(build.path("context").asText()).normalize();
            assertThat(context).isDirectory();
            Path dockerfile = context.resolve(build.path("dockerfile").asText());
            assertThat(dockerfile).isRegularFile();
            for (String line : Files.readAllLines(dockerfile)) {
                Matcher module = Pattern.compile("-pl (\\S+)").matcher(line);
                while (module.find()) {
                    assertThat(ROOT.resolve(module.group(1)).resolve("pom.xml")).as(line).isRegularFile();
                }
            }
        }
        String plugin = Files.readString(ROOT.resolve("docker/elasticsearch/Dockerfile"));
        Matcher zip = Pattern.compile("elasticsearch-plugin/target/(rasd-elasticsearch-plugin-[^ ]+\\.zip)").matcher(plugin);
        assertThat(zip.find()).isTrue();
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>rasd-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(zip.group(1)).isEqualTo("rasd-elasticsearch-plugin-" + version.group(1) + ".zip");
    }

    @Test
    void serviceCommandsAreRasdCommandsAndPortsAreTheServicesDefaults() {
        Map<String, Integer> defaultPorts = Map.of(
                "ingest-service", IngestConfig.fromEnv(Map.of()).httpPort(),
                "enrich-service", EnrichConfig.fromEnv(Map.of()).httpPort(),
                "index-service", IndexConfig.fromEnv(Map.of()).httpPort());
        for (var entry : defaultPorts.entrySet()) {
            JsonNode service = services.get(entry.getKey());
            List<String> command = new java.util.ArrayList<>();
            service.get("command").forEach(c -> command.add(c.asText()));
            Rasd.commandLine().parseArgs(command.toArray(String[]::new));
            assertThat(service.get("ports").get(0).asText()).isEqualTo(entry.getValue() + ":" + entry.getValue());
            assertThat(service.at("/healthcheck/test/1").asText()).contains("localhost:" + entry.getValue() + "/health");
        }
        List<String> setup = new java.util.ArrayList<>();
        services.at("/setup/command").forEach(c -> setup.add(c.asText()));
        Rasd.commandLine().parseArgs(setup.toArray(String[]::new));
    }

    @Test
    void kibanaGatesNoPartOfThePipeline() {
        for (String service : List.of("setup", "ingest-service", "enrich-service", "index-service")) {
            assertThat(dependencies(service)).as("what %s waits for", service)
                    .doesNotContain("kibana", "kibana-setup");
        }
        services.fields().forEachRemaining(service -> assertThat(dependencies(service.getKey()))
                .as("what %s waits for", service.getKey()).doesNotContain("kibana-setup"));
    }

    @Test
    void kibanaSetupRetriesOnItsOwnForTheIndicesIndexServiceWrites() {
        JsonNode kibanaSetup = services.get("kibana-setup");
        List<String> command = new java.util.ArrayList<>();
        kibanaSetup.get("command").forEach(c -> command.add(c.asText()));
        KibanaSetupCommand parsed = (KibanaSetupCommand) Rasd.commandLine()
                .parseArgs(command.toArray(String[]::new)).subcommand().commandSpec().userObject();

        assertThat(command.getFirst()).isEqualTo("kibana-setup");
        assertThat(parsed.url).isEqualTo("http://kibana:5601");
        assertThat(services.at("/kibana/ports/0").asText()).endsWith(":5601");
        assertThat(kibanaSetup.path("restart").asText()).startsWith("on-failure");
        assertThat(kibanaSetup.path("image").asText()).isEqualTo(services.at("/setup/image").asText());
        assertThat(environment(kibanaSetup).get("RASD_ES_INDEX_PREFIX")).isNotNull()
                .isEqualTo(environment(services.get("index-service")).get("RASD_ES_INDEX_PREFIX"));
        assertThat(kibanaSetup.at("/depends_on/kibana/condition").asText())
                .as("a Kibana that never gets healthy must not fail compose up").isEqualTo("service_started");
    }

    /** Every service {@code service} waits for, directly or through another. */
    private static Set<String> dependencies(String service) {
        Set<String> found = new TreeSet<>();
        List<String> next = new java.util.ArrayList<>(List.of(service));
        while (!next.isEmpty()) {
            services.path(next.removeLast()).path("depends_on").fieldNames().forEachRemaining(name -> {
                if (found.add(name)) {
                    next.add(name);
                }
            });
        }
        return found;
    }

    @Test
    void everyRasdVariableInComposeIsInTheReadmeTable() {
        Set<String> used = new TreeSet<>();
        services.fields().forEachRemaining(e -> used.addAll(environment(e.getValue()).keySet()));
        used.removeIf(name -> !name.startsWith("RASD_"));
        assertThat(used).isNotEmpty();
        for (String name : used) {
            assertThat(readme).as("README table row for " + name).contains("| `" + name + "` |");
        }
    }

    @Test
    void everyVariableInTheReadmeTableIsReadByTheCode() throws IOException {
        Matcher rows = Pattern.compile("^\\| `(RASD_[A-Z_]+)` \\|", Pattern.MULTILINE).matcher(readme);
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertThat(documented).hasSizeGreaterThan(20);
        Map<String, Boolean> read = new HashMap<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/") && Files.isRegularFile(p))::iterator) {
                String text = Files.readString(source);
                documented.forEach(name -> {
                    if (text.contains("\"" + name + "\"")) {
                        read.put(name, true);
                    }
                });
            }
        }
        for (String script : List.of("rasd")) {
            String text = Files.readString(ROOT.resolve(script));
            documented.forEach(name -> {
                if (text.contains(name)) {
                    read.put(name, true);
                }
            });
        }
        assertThat(documented).allSatisfy(name -> assertThat(read).as(name + " is read somewhere").containsKey(name));
    }
}
