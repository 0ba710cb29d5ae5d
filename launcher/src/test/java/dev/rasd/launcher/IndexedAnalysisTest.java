package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class IndexedAnalysisTest {

    private static TypeMapping articlesMapping(String analyzer) {
        IndexTemplates.Template template = new IndexTemplates(new IndexNames("rasd"), analyzer).all().stream()
                .filter(t -> t.name().contains("articles")).findFirst().orElseThrow();
        String mappings = template.tree().path("template").path("mappings").toString();
        return TypeMapping.of(m -> m.withJson(new StringReader(mappings)));
    }

    @Test
    void theArticlesTemplateWithRasdArabicAnalysesAsTheWatchMatcher() {
        assertThat(IndexedAnalysis.asWatchMatcher(articlesMapping(IndexTemplates.RASD_ARABIC))).isTrue();
    }

    @Test
    void theArticlesTemplateWithTheBuiltInArabicAnalyzerDoesNot() {
        assertThat(IndexedAnalysis.asWatchMatcher(articlesMapping("arabic"))).isFalse();
    }

    @Test
    void aTextFieldWithTheDefaultAnalyzerDoesNot() {
        TypeMapping mapping = TypeMapping.of(m -> m.properties("text", p -> p.text(t -> t)));

        assertThat(IndexedAnalysis.asWatchMatcher(mapping)).isFalse();
    }

    @Test
    void anEntityFieldWithoutItsAnalysedSubFieldDoesNot() {
        TypeMapping mapping = TypeMapping.of(m -> m.properties("persons", p -> p.keyword(k -> k)));

        assertThat(IndexedAnalysis.asWatchMatcher(mapping)).isFalse();
    }

    @Test
    void fieldsAnIndexDoesNotMapHoldNothingToMiss() {
        assertThat(IndexedAnalysis.asWatchMatcher(TypeMapping.of(m -> m))).isTrue();
    }
}
