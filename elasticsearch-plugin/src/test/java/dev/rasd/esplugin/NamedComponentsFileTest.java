package dev.rasd.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Nameable;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/** Pins named_components.json, which Elasticsearch reads instead of scanning, to the annotated classes. */
class NamedComponentsFileTest {

    private static final Path NAMED_COMPONENTS = Path.of("src/main/plugin-metadata/named_components.json");

    @Test
    void listsExactlyTheAnnotatedComponentsUnderTheirInterfaces() throws Exception {
        Map<String, Map<String, String>> listed = new ObjectMapper().readValue(
                NAMED_COMPONENTS.toFile(), new TypeReference<Map<String, Map<String, String>>>() {});
        assertThat(new TreeMap<>(listed)).isEqualTo(annotatedComponents());
    }

    @Test
    void namesTheComponentsTheMappingsUse() throws Exception {
        assertThat(annotatedComponents()).containsOnlyKeys(
                "org.elasticsearch.plugin.analysis.AnalyzerFactory",
                "org.elasticsearch.plugin.analysis.TokenFilterFactory");
        assertThat(annotatedComponents().get("org.elasticsearch.plugin.analysis.AnalyzerFactory"))
                .containsOnlyKeys("rasd_arabic", "rasd_arabic_query");
        assertThat(annotatedComponents().get("org.elasticsearch.plugin.analysis.TokenFilterFactory"))
                .containsOnlyKeys("rasd_arabic_normalization", "rasd_arabic_stem");
    }

    /** Scans the compiled plugin classes for {@link NamedComponent}, as Elasticsearch's own build tooling does. */
    private static Map<String, Map<String, String>> annotatedComponents() throws IOException, URISyntaxException {
        Path classes = Path.of(RasdArabicAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Map<String, Map<String, String>> components = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String className = classes.relativize(file).toString()
                        .replace(file.getFileSystem().getSeparator(), ".").replaceFirst("\\.class$", "");
                Class<?> type = loadClass(className);
                NamedComponent annotation = type.getAnnotation(NamedComponent.class);
                if (annotation == null) {
                    continue;
                }
                Arrays.stream(type.getInterfaces())
                        .filter(Nameable.class::isAssignableFrom)
                        .forEach(extensible -> components
                                .computeIfAbsent(extensible.getName(), k -> new TreeMap<>())
                                .put(annotation.value(), type.getName()));
            }
        }
        return components;
    }

    private static Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, NamedComponentsFileTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class " + className + " cannot be loaded", e);
        }
    }
}
