package dev.rasd.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source, URI url, ZoneId zone) {
        return ExtractCommand.run(source, url, zone, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void extractsTheDemoPageAsOneJsonObject() throws Exception {
        int code = run("../seeds/pages/alarabiya-isis-coalition.html",
                URI.create("https://www.alarabiya.net/arab-and-world/syria/2021/02/23/x?utm_source=twitter"), null);

        assertThat(code).isZero();
        JsonNode article = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(article.get("extraction").asText()).isEqualTo("json-ld");
        assertThat(article.get("title").asText()).startsWith("التحالف الدولي للعربية نت");
        assertThat(article.get("text").asText()).contains("\n\n").contains("واين مارتو");
        assertThat(article.get("canonicalUrl").asText()).startsWith("https://www.alarabiya.net/arab-and-world/syria/")
                .doesNotContain("utm_");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2021-02-23T14:42:00Z");
        assertThat(article.get("author").asText()).isEqualTo("جوان سوز");
        assertThat(article.get("url").asText()).endsWith("?utm_source=twitter");
        assertThat(article.get("imageUrl").asText()).endsWith("coalition-syria.jpg");
    }

    @Test
    void naiveDateIsReadInTheGivenZoneAndItsSourceIsPrinted(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta property=\"article:published_time\" content=\"2024-05-20 09:30\">"
                + "</head><body><p>نص</p></body></html>");

        int code = run(page.toString(), null, ZoneId.of("Asia/Riyadh"));

        assertThat(code).isZero();
        JsonNode article = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(article.get("publishedAt").asText()).isEqualTo("2024-05-20T06:30:00Z");
        assertThat(article.get("dateSource").asText()).isEqualTo("meta");
    }

    @Test
    void fileWithoutUrlHasNoCanonicalUrlUnlessThePageDeclaresOne() throws Exception {
        run("src/test/resources/pages/windows-1256-undeclared.html", null, null);

        JsonNode article = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(article.get("url").asText()).startsWith("file:");
        assertThat(article.get("canonicalUrl").isNull()).isTrue();
        assertThat(article.get("text").asText()).startsWith("أكد رئيس الوزراء اللبناني");
    }

    @Test
    void missingInputExitsWithOne() {
        assertThat(run("/nonexistent.html", null, null)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: cannot read");
    }
}
