package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {

    private final Gazetteer gazetteer = Gazetteer.builder()
            .add("person-titles", "الكولونيل")
            .add("organisations", "قوات سوريا الديمقراطية")
            .build();
    private final NerFeatures features =
            new NerFeatures(gazetteer, WordCounts.of(List.of(List.of("قال", "الكولونيل", "قال"))),
                    WordClusters.empty());

    @Test
    void describesTheWordItsReadingsAndItsContext() {
        List<List<String>> rows = features.extract(List.of("وقال", "لداعش", "إن"));
        List<String> daesh = rows.get(1);

        assertThat(daesh).contains("bias", "w=لداعش", "r=داعش", "pc=ل", "w-1=وقال", "w+1=ان", "w-2=<s>",
                "p1=ل", "x2=عش", "shape=arabic", "c-1=قال");
        assertThat(daesh).contains("freq=0");
        assertThat(rows.get(0)).contains("freq=2-4");
    }

    @Test
    void marksListMatchesByPositionAndAsTriggersForTheNeighbours() {
        List<List<String>> rows = features.extract(List.of("الكولونيل", "واين", "ولقوات", "سوريا", "الديمقراطية"));

        assertThat(rows.get(0)).contains("g=person-titles:S");
        assertThat(rows.get(1)).contains("g-1=person-titles", "g+1=organisations");
        assertThat(rows.get(2)).contains("g=organisations:B", "g-2=person-titles");
        assertThat(rows.get(3)).contains("g=organisations:I");
        assertThat(rows.get(4)).contains("g=organisations:E");
    }

    @Test
    void classifiesWordShapes() {
        assertThat(NerFeatures.shape("داعش")).isEqualTo("arabic");
        assertThat(NerFeatures.shape("NATO")).isEqualTo("Latin");
        assertThat(NerFeatures.shape("2019")).isEqualTo("digits");
        assertThat(NerFeatures.shape("٢٠١٩")).isEqualTo("digits");
        assertThat(NerFeatures.shape(",")).isEqualTo("punct:,");
        assertThat(NerFeatures.shape("،")).isEqualTo("arabic");
        assertThat(NerFeatures.shape("اف16")).isEqualTo("mixed");
    }
}
