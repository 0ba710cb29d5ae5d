package dev.rasd.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

    @Test
    void hasExactlyTheKeysOfAStablePluginDescriptor() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/plugin-metadata/stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("description", "version", "name", "java.version", "elasticsearch.version");
        assertThat(descriptor.getProperty("elasticsearch.version")).isEqualTo("${elasticsearch.version}");
    }
}
