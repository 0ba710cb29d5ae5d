package dev.rasd.enrich.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Reads the language samples: UTF-8 resources of four tab-separated fields a line. */
final class SampleFile {

    private SampleFile() {
    }

    /**
     * The rows of {@code resource} on the test classpath, each made by {@code row} from its four fields.
     *
     * @param fieldNames the fields' names, for the error a malformed line gets
     */
    static <T> List<T> read(String resource, String fieldNames, Function<String[], T> row) {
        InputStream in = Objects.requireNonNull(SampleFile.class.getResourceAsStream(resource),
                resource + " is not on the test classpath");
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException(resource + " line " + lineNumber
                            + ": expected 4 tab-separated fields (" + fieldNames + "), found " + fields.length);
                }
                rows.add(row.apply(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
