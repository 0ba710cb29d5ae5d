package dev.rasd.enrich.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the recogniser's lists come from when a model is trained: Arabic country names and time-zone city names
 * from the JDK's CLDR data, and the curated lists in a directory of {@code *.txt} files (one entry per line,
 * {@code #} starts a comment line; the file name without {@code .txt} is the category). The lists are stored in
 * the trained model, so the recogniser never reads these sources at run time.
 */
final class GazetteerSources {

    /** Category of the CLDR country names. */
    static final String CLDR_COUNTRIES = "cldr-countries";
    /** Category of the CLDR exemplar city names of time zones. */
    static final String CLDR_CITIES = "cldr-cities";

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** CLDR names a time zone "توقيت <city>" unless it uses a regional name such as "توقيت وسط أوروبا". */
    private static final String ZONE_PREFIX = "توقيت ";
    private static final List<String> REGIONAL_ZONE_WORDS =
            List.of("وسط", "شرق", "غرب", "شمال", "جنوب", "المحيط", "العربي", "الرسمي", "الصيفي", "غرينتش", "العالمي");

    private GazetteerSources() {
    }

    /** Adds the CLDR lists and every {@code *.txt} list in {@code directory} to {@code builder}. */
    static Gazetteer.Builder addAll(Gazetteer.Builder builder, Path directory) {
        addCldr(builder);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                addFile(builder, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer directory " + directory, e);
        }
        return builder;
    }

    /** Adds the JDK's Arabic names of all ISO countries and of the cities that name time zones. */
    static void addCldr(Gazetteer.Builder builder) {
        for (String country : Locale.getISOCountries()) {
            String name = Locale.of("", country).getDisplayCountry(ARABIC);
            if (!name.equals(country)) {
                builder.add(CLDR_COUNTRIES, name);
            }
        }
        for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            String name = ZoneId.of(zone).getDisplayName(TextStyle.FULL, ARABIC);
            if (name.startsWith(ZONE_PREFIX) && REGIONAL_ZONE_WORDS.stream().noneMatch(name::contains)) {
                builder.add(CLDR_CITIES, name.substring(ZONE_PREFIX.length()));
            }
        }
    }

    /** Adds the entries of one list file under the category named by the file. */
    static void addFile(Gazetteer.Builder builder, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String category = fileName.substring(0, fileName.length() - ".txt".length());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                builder.add(category, entry);
            }
        }
    }
}
