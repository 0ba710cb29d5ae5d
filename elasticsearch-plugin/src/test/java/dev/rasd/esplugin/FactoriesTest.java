package dev.rasd.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FactoriesTest {

    @Test
    void analyzerFactoryCreatesTheRasdAnalyzer() throws IOException {
        try (Analyzer analyzer = new RasdArabicAnalyzerFactory().create();
                TokenStream stream = analyzer.tokenStream("text", "والتحالف الأبيض")) {
            assertThat(terms(stream)).containsExactly("تحالف", "ابيض");
        }
    }

    @Test
    void queryAnalyzerFactoryGivesAPhrasesFirstWordItsProcliticForms() throws IOException {
        try (Analyzer analyzer = new RasdArabicQueryAnalyzerFactory().create();
                TokenStream phrase = analyzer.tokenStream("text", "حزب الله")) {
            assertThat(terms(phrase)).contains("حزب", "لحزب", "وحزب", "الله");
        }
        try (Analyzer analyzer = new RasdArabicQueryAnalyzerFactory().create();
                TokenStream word = analyzer.tokenStream("text", "حزب")) {
            assertThat(terms(word)).containsExactly("حزب");
        }
    }

    @Test
    void normalizationFactoryNormalisesInBothModes() throws IOException {
        RasdArabicNormalizationFilterFactory factory = new RasdArabicNormalizationFilterFactory();
        assertThat(terms(factory.create(whitespace("والتَّحالف")))).containsExactly("والتحالف");
        assertThat(terms(factory.normalize(whitespace("والتَّحالف")))).containsExactly("والتحالف");
    }

    @Test
    void stemFactoryStemsButOnlyNormalisesMultiTermQueryText() throws IOException {
        RasdArabicStemFilterFactory factory = new RasdArabicStemFilterFactory();
        assertThat(terms(factory.create(whitespace("والتحالف")))).containsExactly("تحالف");
        assertThat(terms(factory.normalize(whitespace("والتحالف")))).containsExactly("والتحالف");
    }

    @Test
    void componentsAreNamedAsTheMappingsUseThem() {
        assertThat(new RasdArabicAnalyzerFactory().name()).isEqualTo("rasd_arabic");
        assertThat(new RasdArabicQueryAnalyzerFactory().name()).isEqualTo("rasd_arabic_query");
        assertThat(new RasdArabicNormalizationFilterFactory().name()).isEqualTo("rasd_arabic_normalization");
        assertThat(new RasdArabicStemFilterFactory().name()).isEqualTo("rasd_arabic_stem");
    }

    private static Tokenizer whitespace(String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
