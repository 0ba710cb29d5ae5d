package dev.rasd.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

    @Test
    void splitsPunctuationArabicCommaAndQuotesKeepingOffsets() {
        String text = "قال مارتو لـ\"العربية.نت\"، إن داعش؟";
        List<Token> tokens = ArabicTokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("قال", "مارتو", "لـ", "\"", "العربية", ".", "نت", "\"", "،", "إن", "داعش", "؟");
        tokens.forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void keepsNumbersWithSeparatorsAndSplitsGuillemetsAndBrackets() {
        assertThat(ArabicTokenizer.tokenize("«الآسايش» (3.5) 1,000 2019،"))
                .extracting(Token::text)
                .containsExactly("«", "الآسايش", "»", "(", "3.5", ")", "1,000", "2019", "،");
    }

    @Test
    void treatsBidiMarksAsSpaceAndBlankTextAsNoTokens() {
        assertThat(ArabicTokenizer.tokenize("غزة\u200F ,")).extracting(Token::text).containsExactly("غزة", ",");
        assertThat(ArabicTokenizer.tokenize(" \n\t")).isEmpty();
    }
}
