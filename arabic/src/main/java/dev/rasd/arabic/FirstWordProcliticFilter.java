package dev.rasd.arabic;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Stacks on the first token of a text of two tokens or more its {@link ProcliticForms} (at the same position and
 * offsets), so that a phrase query finds its first word with any proclitic: {@code "حزب الله"} finds
 * {@code لحزب الله}. A text of one token is left as it is: a single word keeps the stemmer's rules, which alone tell
 * {@code كتاب} from {@code ك + تاب}. The forms are raw words, for the filters after this one to turn into terms.
 *
 * <p>For query analysis only: indexed text keeps one term per word, and the query's stacked forms meet it there.
 */
public final class FirstWordProcliticFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute incrementAttribute = addAttribute(PositionIncrementAttribute.class);
    /** The first token, until the forms stacked on it are all out; null after. */
    private State first;
    /** The second token, held back while the forms go out. */
    private State second;
    private Iterator<String> forms;
    private boolean started;

    /**
     * @param input the tokens of a query text, before stemming
     */
    public FirstWordProcliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!started) {
            started = true;
            if (!input.incrementToken()) {
                return false;
            }
            first = captureState();
            return true;
        }
        if (forms == null && first != null) {
            // the forms wait for a second token: only a text of several tokens gets them
            String word = firstWord();
            if (!input.incrementToken()) {
                first = null;
                return false;
            }
            second = captureState();
            forms = ProcliticForms.of(word).iterator();
        }
        if (forms != null && forms.hasNext()) {
            restoreState(first);
            termAttribute.setEmpty().append(forms.next());
            incrementAttribute.setPositionIncrement(0);
            return true;
        }
        if (second != null) {
            restoreState(second);
            first = null;
            second = null;
            return true;
        }
        return input.incrementToken();
    }

    private String firstWord() {
        restoreState(first);
        return termAttribute.toString();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        first = null;
        second = null;
        forms = null;
        started = false;
    }
}
