package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.builder()
            .add("places", "دير الزور")
            .add("places", "الرقّة")
            .add("organisations", "قوات سوريا الديمقراطية")
            .add("countries", "سوريا")
            .build();

    @Test
    void matchesMultiWordEntriesThroughProcliticsAndArticles() {
        List<Gazetteer.Match> matches = gazetteer.find(List.of("ودير", "الزور", "كالرقه", "و", "رقه"));

        assertThat(matches).containsExactly(
                new Gazetteer.Match("places", 0, 2),
                new Gazetteer.Match("places", 2, 3),
                new Gazetteer.Match("places", 4, 5));
    }

    @Test
    void reportsTheLongestEntryPerCategoryAndOverlapsAcrossCategories() {
        assertThat(gazetteer.find(List.of("لقوات", "سوريا", "الديمقراطيه"))).containsExactly(
                new Gazetteer.Match("organisations", 0, 3),
                new Gazetteer.Match("countries", 1, 2));
    }

    @Test
    void readsTheTwoSpellingsOfAForeignHardGAsOne() {
        Gazetteer places = Gazetteer.builder().add("places", "هونغ كونغ").build();

        assertThat(places.find(List.of("لهونج", "كونج"))).containsExactly(new Gazetteer.Match("places", 0, 2));
        assertThat(places.find(List.of("هونغ", "كونج"))).containsExactly(new Gazetteer.Match("places", 0, 2));
        assertThat(places.startsEntry("هونج")).isTrue();
    }

    @Test
    void knowsWhichWordsStartAnEntry() {
        assertThat(gazetteer.startsEntry("دير")).isTrue();
        assertThat(gazetteer.startsEntry("الزور")).isFalse();
    }

    @Test
    void survivesSerialisation() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gazetteer.writeTo(new DataOutputStream(bytes));
        Gazetteer read = Gazetteer.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.categories()).containsExactly("places", "organisations", "countries");
        assertThat(read.find(List.of("دير", "الزور"))).containsExactly(new Gazetteer.Match("places", 0, 2));
    }
}
