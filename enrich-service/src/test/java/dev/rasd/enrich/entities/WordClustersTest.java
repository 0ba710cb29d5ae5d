package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {

    private static final String TABLE = """
            القاهره\t3\t17\t402
            باريس\t3\t17\t398
            محمد\t5\t40\t12
            """;

    @Test
    void givesTheIdsOfAKnownWordCoarseToFine() throws IOException {
        WordClusters clusters = read(TABLE);

        assertThat(clusters.of("القاهره")).containsExactly(3, 17, 402);
        assertThat(clusters.of("محمد")).containsExactly(5, 40, 12);
        assertThat(clusters.levels()).isEqualTo(3);
        assertThat(clusters.size()).isEqualTo(3);
    }

    @Test
    void givesNoIdsForAnUnknownWord() throws IOException {
        WordClusters clusters = read(TABLE);

        assertThat(clusters.of("دمشق")).isEmpty();
        assertThat(clusters.of("")).isEmpty();
    }

    @Test
    void handsOutACopySoCallersCannotChangeTheTable() throws IOException {
        WordClusters clusters = read(TABLE);

        clusters.of("باريس")[0] = 99;

        assertThat(clusters.of("باريس")).containsExactly(3, 17, 398);
    }

    @Test
    void loadsAGzippedFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("clusters.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(TABLE.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(WordClusters.load(file).of("محمد")).containsExactly(5, 40, 12);
    }

    @Test
    void rejectsLinesWithAnotherNumberOfIds() {
        assertThatThrownBy(() -> read("a\t1\t2\nb\t1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void rejectsAnIdThatIsNotANonNegativeNumber() {
        assertThatThrownBy(() -> read("a\t1\tx\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("a\t-1\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAWordListedTwice() {
        assertThatThrownBy(() -> read("a\t1\na\t2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void shipsATableOfThreeGranularitiesThatKnowsCommonWords() {
        WordClusters clusters = WordClusters.shipped();

        assertThat(clusters.levels()).isEqualTo(3);
        assertThat(clusters.of("القاهره")).hasSize(3);
        assertThat(clusters.of("محمد")).hasSize(3);
    }

    private static WordClusters read(String table) throws IOException {
        return WordClusters.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }
}
