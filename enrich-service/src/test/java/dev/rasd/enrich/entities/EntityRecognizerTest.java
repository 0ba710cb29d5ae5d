package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityMention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.arabic.ArabicCanonicalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests the recogniser with the shipped model. */
class EntityRecognizerTest {

    /** A real Al Arabiya article (first line title, then text), from the repository's seeds. */
    private static final Path SEED_ARTICLE = Path.of("../seeds/000_34ebdda601602118.txt");

    private static String article;
    private static List<EntityMention> mentions;

    @BeforeAll
    static void recogniseTheSeedArticle() throws IOException {
        article = Files.readString(SEED_ARTICLE, StandardCharsets.UTF_8);
        mentions = EntityRecognizer.shipped().recognize(article);
    }

    @Test
    void findsThePeopleOrganisationsAndPlacesOfTheSeedArticle() {
        Set<String> found = mentions.stream().map(m -> m.type() + " " + m.canonical()).collect(Collectors.toSet());

        for (String person : List.of("واين مارتو", "سعدة فيصل الهرماس", "هند لطيف الخضير", "جو بايدن")) {
            assertThat(found).contains("PER " + ArabicCanonicalizer.canonical(person));
        }
        for (String organisation : List.of("داعش", "التحالف الدولي", "قوات سوريا الديمقراطية", "البيشمركة",
                "وحدات حماية الشعب")) {
            assertThat(found).contains("ORG " + ArabicCanonicalizer.canonical(organisation));
        }
        for (String place : List.of("سوريا", "العراق", "دير الزور", "حمص", "الرقة", "واشنطن")) {
            assertThat(found).contains("LOC " + ArabicCanonicalizer.canonical(place));
        }
    }

    @Test
    void mentionTextIsExactlyTheInputBetweenItsOffsets() {
        assertThat(mentions).isNotEmpty().allSatisfy(m ->
                assertThat(article.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void mentionSpansLeaveOutProclitics() {
        // the article writes "ودير الزور", "وهند لطيف الخضير" and "كالرقة": the proclitic is not part of the name
        assertThat(mentions).extracting(EntityMention::text).contains("دير الزور", "هند لطيف الخضير", "الرقة")
                .doesNotContain("ودير الزور", "وهند لطيف الخضير", "كالرقة");
    }

    @Test
    void cutsProcliticsButNotLettersOfNamesNorTheFusedArticle() {
        EntityRecognizer recognizer = EntityRecognizer.shipped();
        assertThat(recognizer.procliticLength("لداعش")).isEqualTo(1);
        assertThat(recognizer.procliticLength("لـداعش")).isEqualTo(2);
        assertThat(recognizer.procliticLength("كالرقة")).isEqualTo(1);
        assertThat(recognizer.procliticLength("بغداد")).isZero();
        assertThat(recognizer.procliticLength("واشنطن")).isZero();
        assertThat(recognizer.procliticLength("للعراق")).isZero();
        assertThat(recognizer.procliticLength("وللعراق")).isEqualTo(1);
    }

    @Test
    void recognisesNothingInBlankText() {
        assertThat(EntityRecognizer.shipped().recognize(" \n ")).isEmpty();
    }

    @Test
    void cutsSentencesAtFinalPunctuationAndLineBreaks() {
        String text = "وصل بايدن. ثم غادر\nإلى واشنطن";
        List<List<Token>> sentences = EntityRecognizer.sentences(text, ArabicTokenizer.tokenize(text));
        assertThat(sentences).extracting(List::size).containsExactly(3, 2, 2);
    }
}
