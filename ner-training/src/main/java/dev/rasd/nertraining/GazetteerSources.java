package dev.rasd.nertraining;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.enrich.entities.Gazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where the recogniser's lists come from when a model is trained: Arabic country names and time-zone city names
 * from the JDK's CLDR data, the curated lists in a directory of {@code *.txt} files (one entry per line,
 * {@code #} starts a comment line; the file name without {@code .txt} is the category), and the public lists of
 * {@code shared/data/gazetteers} ({@link #addPublicLists}). The lists are stored in the trained model, so the
 * recogniser never reads these sources at run time.
 */
final class GazetteerSources {

    /** Category of person-name words that Wikidata labels spell at least {@value #COMMON_NAME_WORD} times. */
    static final String NAME_WORDS = "wikidata-name-words";
    /** Category of the other person-name words of Wikidata's labels. */
    static final String RARE_NAME_WORDS = "wikidata-rare-name-words";
    /** Categories of the Arabic Wikipedia category tables, by file. */
    static final Map<String, String> WIKI_LISTS = Map.of(
            "cities_full.json", "wiki-cities",
            "P17_2_final_ll.json", "wiki-places",
            "peoples.json", "wiki-people",
            "Clubs_key.json", "wiki-clubs");
    /** Category of nationality adjectives in all their forms (الأمريكي، الأمريكية، أمريكيون …). */
    static final String NATIONALITIES = "nationalities";
    private static final int COMMON_NAME_WORD = 3;
    /** The curated lists of one-word heads and titles the public and mined lists are read with. */
    private static final String PERSON_TITLES = "person-titles";
    private static final String ORGANISATION_HEADS = "organisation-heads";
    private static final String PLACE_HEADS = "place-heads";

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

    /**
     * Adds the public lists of {@code directory} ({@code shared/data/gazetteers}, see its README for sources and
     * licences): the Arabic spellings of person-name words from Wikidata (by how many labels spell them), and from
     * the Arabic Wikipedia category tables ({@code arwikicats/}) cities, other places, people, sports clubs and
     * every form of nationality adjectives. A Wikipedia title's qualifier in parentheses is dropped (أديسون
     * (نيويورك)), and an entry that starts with a head word (مدينة، نادي، مقاطعة …) is also listed without it, as news
     * names it after the first mention. The head words are those of the curated head lists already in
     * {@code builder} ({@link #addAll}).
     */
    static Gazetteer.Builder addPublicLists(Gazetteer.Builder builder, Path directory) {
        Set<String> headWords = new HashSet<>(builder.entries(PLACE_HEADS));
        headWords.addAll(builder.entries(ORGANISATION_HEADS));
        addNameWords(builder, directory.resolve("wikidata-person-name-tokens-ar.tsv"));
        ObjectMapper json = new ObjectMapper();
        try {
            for (Map.Entry<String, String> list : new TreeMap<>(WIKI_LISTS).entrySet()) {
                JsonNode table = json.readTree(directory.resolve("arwikicats").resolve(list.getKey()).toFile());
                for (JsonNode name : table) {
                    addWikiTitle(builder, list.getValue(), name.asText(), headWords);
                }
            }
            for (JsonNode nationality : json.readTree(directory.resolve("arwikicats/nationalities_data.json").toFile())) {
                for (String form : List.of("male", "males", "female", "females", "the_male", "the_female")) {
                    builder.add(NATIONALITIES, nationality.path(form).asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public lists in " + directory, e);
        }
        return builder;
    }

    /**
     * Adds the {@link MinedNameLists} of a gzipped unlabelled text: the words that often follow the one-word person
     * titles, organisation heads and place heads of the curated lists already in {@code builder}.
     */
    static Gazetteer.Builder addMinedLists(Gazetteer.Builder builder, Path gzippedText) {
        Map<String, Set<String>> heads = Map.of(
                MinedNameLists.AFTER_TITLES, oneWordEntries(builder, PERSON_TITLES),
                MinedNameLists.AFTER_ORGANISATION_HEADS, oneWordEntries(builder, ORGANISATION_HEADS),
                MinedNameLists.AFTER_PLACE_HEADS, oneWordEntries(builder, PLACE_HEADS));
        MinedNameLists lists = new MinedNameLists(heads);
        lists.countFile(gzippedText);
        return lists.addTo(builder);
    }

    private static Set<String> oneWordEntries(Gazetteer.Builder builder, String category) {
        Set<String> words = new HashSet<>();
        builder.entries(category).stream().filter(entry -> !entry.contains(" ")).forEach(words::add);
        return words;
    }

    /** Adds each Arabic name word of the Wikidata table (columns arabic, latin, count; a word per spelling). */
    private static void addNameWords(Gazetteer.Builder builder, Path tsv) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<String> lines = Files.lines(tsv, StandardCharsets.UTF_8)) {
            lines.skip(1).map(line -> line.split("\t")).filter(columns -> columns.length == 3)
                    .forEach(columns -> counts.merge(columns[0], Integer.parseInt(columns[2]), Integer::sum));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        counts.forEach((word, count) -> builder.add(count >= COMMON_NAME_WORD ? NAME_WORDS : RARE_NAME_WORDS, word));
    }

    private static void addWikiTitle(Gazetteer.Builder builder, String category, String title, Set<String> heads) {
        int qualifier = title.indexOf('(');
        String name = (qualifier < 0 ? title : title.substring(0, qualifier)).strip();
        builder.add(category, name);
        int space = name.indexOf(' ');
        if (space > 0 && heads.contains(ArabicNormalizer.normalize(name.substring(0, space)))) {
            builder.add(category, name.substring(space + 1));
        }
    }

    /** Adds the JDK's Arabic names of all ISO countries and of the cities that name time zones. */
    static void addCldr(Gazetteer.Builder builder) {
        for (String country : Locale.getISOCountries()) {
            String name = Locale.of("", country).getDisplayCountry(ARABIC);
            if (!name.equals(country)) {
                builder.add(Gazetteer.CLDR_COUNTRIES, name);
            }
        }
        for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            String name = ZoneId.of(zone).getDisplayName(TextStyle.FULL, ARABIC);
            if (name.startsWith(ZONE_PREFIX) && REGIONAL_ZONE_WORDS.stream().noneMatch(name::contains)) {
                builder.add(Gazetteer.CLDR_CITIES, name.substring(ZONE_PREFIX.length()));
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
