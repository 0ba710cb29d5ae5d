package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class RasdArabicFiltersTest {

    private static Tokenizer whitespace(String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    @Test
    void normalizationFilterNormalisesWithoutStemming() throws IOException {
        try (TokenStream stream = new RasdArabicNormalizationFilter(whitespace("والتَّحالف ﻻ Biden"))) {
            assertThat(Tokens.collect(stream).terms()).containsExactly("والتحالف", "لا", "biden");
        }
    }

    @Test
    void normalizationFilterDropsTokensThatNormaliseToNothingAndKeepsPositions() throws IOException {
        try (TokenStream stream = new RasdArabicNormalizationFilter(whitespace("قال ـــ \u200F بايدن"))) {
            Tokens tokens = Tokens.collect(stream);
            assertThat(tokens.terms()).containsExactly("قال", "بايدن");
            assertThat(tokens.positions()).containsExactly(0, 3);
        }
    }

    @Test
    void stemFilterStemsArabicWordsAndNormalisesTheRest() throws IOException {
        try (TokenStream stream = new RasdArabicStemFilter(whitespace("لإيران والتحالف Biden ٣"))) {
            assertThat(Tokens.collect(stream).terms()).containsExactly("ايران", "تحالف", "biden", "3");
        }
    }

    @Test
    void stemFilterNormalisesButDoesNotStemKeywords() throws IOException {
        CharArraySet keywords = new CharArraySet(1, false);
        keywords.add("والتحالف");
        TokenStream marked = new SetKeywordMarkerFilter(whitespace("والتحالف والتحالُف"), keywords);
        try (TokenStream stream = new RasdArabicStemFilter(marked)) {
            assertThat(Tokens.collect(stream).terms()).containsExactly("والتحالف", "تحالف");
        }
    }
}
