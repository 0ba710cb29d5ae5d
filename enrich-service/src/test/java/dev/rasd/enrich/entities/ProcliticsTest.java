package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {

    @Test
    void listsEveryReadingFromTheWholeWordToTheLongestProclitics() {
        assertThat(Proclitics.readings("وبغداد")).extracting(Proclitics.Reading::base)
                .containsExactly("وبغداد", "بغداد", "غداد");
        assertThat(Proclitics.readings("كالرقه")).extracting(Proclitics.Reading::base)
                .containsExactly("كالرقه", "الرقه");
    }

    @Test
    void restoresTheArticleSwallowedByLam() {
        assertThat(Proclitics.readings("للعراق"))
                .contains(new Proclitics.Reading("ل", "العراق"));
    }

    @Test
    void leavesAtLeastTwoLettersAndStripsTheArticleOnlyFromLongWords() {
        assertThat(Proclitics.readings("بك")).extracting(Proclitics.Reading::base).containsExactly("بك");
        assertThat(Proclitics.withoutArticle("الرقه")).isEqualTo("رقه");
        assertThat(Proclitics.withoutArticle("الي")).isEqualTo("الي");
    }
}
