package dev.rasd.index.kibana;

import dev.rasd.runtime.Env;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Where Rasd's Kibana objects go and how to get in: Kibana's URL (with its base path, if Kibana is served under
 * one), the space, and an API key or a user and password.
 *
 * @param url Kibana's URL, base path included ({@code http://host:5601/kibana}) ({@code RASD_KIBANA_URL})
 * @param space the id of the Kibana space to import into, or null for the default space ({@code RASD_KIBANA_SPACE})
 * @param apiKey an encoded API key, or null ({@code RASD_KIBANA_API_KEY})
 * @param username a basic-auth user, or null ({@code RASD_KIBANA_USERNAME})
 * @param password that user's password, or null ({@code RASD_KIBANA_PASSWORD})
 */
public record KibanaConfig(URI url, String space, String apiKey, String username, String password) {

    /** Kibana's URL unless {@code RASD_KIBANA_URL} says otherwise. */
    public static final String DEFAULT_URL = "http://127.0.0.1:5601";
    private static final String DEFAULT_SPACE = "default";

    /** Checks the URL, the space id and that one way to authenticate is given at most. */
    public KibanaConfig {
        if (url == null || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("Kibana's URL must be an http or https URL: " + url);
        }
        if (space != null && !space.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException(
                    "a Kibana space id is lower-case letters, digits, '_' and '-': " + space);
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("a Kibana user and password must be given together");
        }
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("give a Kibana API key or a user and password, not both");
        }
    }

    /** The configuration in {@code env}, with the defaults: {@value #DEFAULT_URL}, default space, no authentication. */
    public static KibanaConfig fromEnv(Map<String, String> env) {
        Env values = Env.of(env);
        return new KibanaConfig(URI.create(values.string("RASD_KIBANA_URL", DEFAULT_URL)),
                values.string("RASD_KIBANA_SPACE", null),
                values.string("RASD_KIBANA_API_KEY", null),
                values.string("RASD_KIBANA_USERNAME", null),
                values.string("RASD_KIBANA_PASSWORD", null));
    }

    /**
     * The URL of the saved-objects import, replacing objects of the same ids: under Kibana's base path, then
     * {@code /s/SPACE} unless the space is the default one.
     */
    public URI importUri() {
        String base = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        String spacePath = space == null || space.equals(DEFAULT_SPACE) ? "" : "/s/" + space;
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + base + spacePath
                + "/api/saved_objects/_import?overwrite=true");
    }

    /** The {@code Authorization} header's value, or null when Kibana is reached without authentication. */
    public String authorization() {
        if (apiKey != null) {
            return "ApiKey " + apiKey;
        }
        if (username != null) {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** Never prints the API key or the password. */
    @Override
    public String toString() {
        return "KibanaConfig[url=" + url + ", space=" + space + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", username=" + username + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
