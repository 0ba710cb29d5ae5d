package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KibanaConfigTest {

    @Test
    void withoutVariablesItIsTheLocalKibanaInTheDefaultSpaceWithoutAuthentication() {
        KibanaConfig config = KibanaConfig.fromEnv(Map.of());

        assertThat(config.importUri())
                .isEqualTo(URI.create("http://127.0.0.1:5601/api/saved_objects/_import?overwrite=true"));
        assertThat(config.authorization()).isNull();
    }

    @Test
    void theImportIsUnderTheBasePathAndInTheSpace() {
        KibanaConfig config = KibanaConfig.fromEnv(Map.of(
                "RASD_KIBANA_URL", "https://kibana.example:8443/tools/kibana/", "RASD_KIBANA_SPACE", "news-desk"));

        assertThat(config.importUri()).isEqualTo(URI.create(
                "https://kibana.example:8443/tools/kibana/s/news-desk/api/saved_objects/_import?overwrite=true"));
    }

    @Test
    void theDefaultSpaceHasNoSpacePath() {
        KibanaConfig config = new KibanaConfig(URI.create("http://kibana:5601"), "default", null, null, null);

        assertThat(config.importUri())
                .isEqualTo(URI.create("http://kibana:5601/api/saved_objects/_import?overwrite=true"));
    }

    @Test
    void anApiKeyOrAUserAndPasswordAuthenticate() {
        assertThat(KibanaConfig.fromEnv(Map.of("RASD_KIBANA_API_KEY", "a2V5")).authorization())
                .isEqualTo("ApiKey a2V5");
        assertThat(KibanaConfig.fromEnv(Map.of("RASD_KIBANA_USERNAME", "elastic", "RASD_KIBANA_PASSWORD",
                "changeme")).authorization()).isEqualTo("Basic ZWxhc3RpYzpjaGFuZ2VtZQ==");
    }

    @Test
    void refusesHalfACredentialTwoCredentialsAndBadSpacesOrUrls() {
        assertThatThrownBy(() -> KibanaConfig.fromEnv(Map.of("RASD_KIBANA_USERNAME", "elastic")))
                .hasMessageContaining("user and password must be given together");
        assertThatThrownBy(() -> KibanaConfig.fromEnv(Map.of("RASD_KIBANA_API_KEY", "a2V5",
                "RASD_KIBANA_USERNAME", "elastic", "RASD_KIBANA_PASSWORD", "x")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> KibanaConfig.fromEnv(Map.of("RASD_KIBANA_SPACE", "News Desk")))
                .hasMessageContaining("space id");
        assertThatThrownBy(() -> KibanaConfig.fromEnv(Map.of("RASD_KIBANA_URL", "kibana:5601")))
                .hasMessageContaining("http or https URL");
    }

    @Test
    void neverPrintsTheSecrets() {
        assertThat(new KibanaConfig(URI.create("http://k:5601"), null, "c2VjcmV0", null, null).toString())
                .doesNotContain("c2VjcmV0");
        assertThat(new KibanaConfig(URI.create("http://k:5601"), null, null, "elastic", "hunter2").toString())
                .doesNotContain("hunter2").contains("elastic");
    }
}
