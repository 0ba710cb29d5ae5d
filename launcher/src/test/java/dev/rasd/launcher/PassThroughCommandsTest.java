package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PassThroughCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rasd(String... args) {
        CommandLine rasd = Rasd.commandLine();
        rasd.setOut(new PrintWriter(out, true));
        rasd.setErr(new PrintWriter(err, true));
        return rasd.execute(args);
    }

    @Test
    void helpDescribesTheArgumentsOfFeedExtractAndEnrich() {
        assertThat(rasd("feed", "--help")).isZero();
        assertThat(rasd("extract", "--help")).isZero();
        assertThat(rasd("enrich", "--help")).isZero();

        assertThat(out.toString()).contains("Usage: rasd feed [-hV] [--zone=ZONE] FILE_OR_URL")
                .contains("Usage: rasd extract [-hV] [--url=URL] [--zone=ZONE] FILE_OR_URL")
                .contains("Usage: rasd enrich [-hV] [--watches=FILE]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(rasd("feed")).isEqualTo(2);
        assertThat(rasd("feed", "a.xml", "--zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(rasd("extract", "a.html", "b.html")).isEqualTo(2);
        assertThat(rasd("extract", "a.html", "--url", "not a url")).isEqualTo(2);

        assertThat(err.toString()).contains("Missing required parameter: 'FILE_OR_URL'")
                .contains("Invalid value for option '--zone'").contains("Unmatched argument")
                .contains("Invalid value for option '--url'");
    }
}
