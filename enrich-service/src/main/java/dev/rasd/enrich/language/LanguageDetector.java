package dev.rasd.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Identifies the language of a news article as a BCP-47 tag with a confidence.
 *
 * <p>Text with at least a third of its letters in the Arabic script is classified by {@link ArabicScriptRules} as Arabic ({@code ar}),
 * Persian ({@code fa}), Urdu ({@code ur}), Pashto ({@code ps}), Central Kurdish ({@code ckb}) or Uyghur
 * ({@code ug}): the letters each of them alone uses tell them apart better than character n-grams, and the n-gram
 * model knows neither Sorani nor Uyghur. Latin
 * names quoted in such an article do not change its language. Any other text goes to Apache OpenNLP's language
 * detection model ({@code langdetect-183.bin}, 103 languages), whose ISO 639-3 answer is turned into a BCP-47 tag
 * ({@code eng} → {@code en}, {@code fra} → {@code fr}, {@code tur} → {@code tr}).
 *
 * <p>Text with fewer than {@value #MIN_LETTERS} letters (empty, digits, punctuation, a single word) is
 * {@linkplain Detection#UNDETERMINED undetermined}, and so is text the model cannot place with a useful margin.
 * Only the first {@value #MAX_ANALYSED_CHARS} characters of a text are read: an article's language shows long
 * before that.
 *
 * <p>Loading the model takes about half a second and 35 MB of heap: make one instance and share it. Instances are
 * thread-safe.
 */
public final class LanguageDetector {

    /** Characters read from the start of a text. */
    public static final int MAX_ANALYSED_CHARS = 3000;
    /** Fewest letters a text needs to be given a language. */
    public static final int MIN_LETTERS = 8;
    /**
     * Least relative lead of the model's best language over its second, {@code 1 - p2 / p1}, for the model's answer
     * to stand. The model's probabilities are spread over 103 languages, so the lead says more than the probability.
     */
    static final double MIN_MODEL_CONFIDENCE = 0.05;

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private final ThreadSafeLanguageDetectorME model;

    /**
     * Loads OpenNLP's language detection model from the classpath.
     *
     * @throws UncheckedIOException if the model is missing from the classpath or cannot be read
     */
    public LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("language model " + MODEL_RESOURCE
                        + " is not on the classpath: add org.apache.opennlp:opennlp-models-langdetect"));
            }
            model = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }

    /**
     * Identifies the language of {@code text}.
     *
     * @param text any text; only its first {@value #MAX_ANALYSED_CHARS} characters are read
     * @return the language and a confidence in [0, 1]; {@link Detection#UNDETERMINED} for text too short or unknown
     * @throws NullPointerException if {@code text} is null
     */
    public Detection detect(String text) {
        Objects.requireNonNull(text, "text");
        int analysedLength = analysedLength(text);
        LetterCounts counts = new LetterCounts(text, analysedLength);
        if (counts.letters < MIN_LETTERS) {
            return Detection.UNDETERMINED;
        }
        // A third rather than a half, so that short Arabic text naming a brand or a person in Latin letters stays
        // Arabic, while Latin text quoting an Arabic phrase still goes to the model.
        if (3 * counts.arabicScriptLetters >= counts.letters) {
            return ArabicScriptRules.classify(counts);
        }
        return detectWithModel(text.substring(0, analysedLength));
    }

    private Detection detectWithModel(String text) {
        Language[] languages = model.predictLanguages(text);
        double best = languages[0].getConfidence();
        double lead = 1.0 - languages[1].getConfidence() / best;
        if (lead < MIN_MODEL_CONFIDENCE) {
            return Detection.UNDETERMINED;
        }
        return new Detection(LanguageTags.fromIso639_3(languages[0].getLang()), lead);
    }

    /** The length of the first {@value #MAX_ANALYSED_CHARS} characters, without splitting a surrogate pair. */
    private static int analysedLength(String text) {
        if (text.length() <= MAX_ANALYSED_CHARS) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(MAX_ANALYSED_CHARS - 1))
                ? MAX_ANALYSED_CHARS - 1 : MAX_ANALYSED_CHARS;
    }
}
