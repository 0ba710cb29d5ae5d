package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityMention;
import dev.rasd.arabic.ArabicCanonicalizer;
import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.arabic.NormalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds person, organisation, location and other names in Arabic text with the model trained on ANERcorp that
 * ships with this package (see {@code MODEL.md} beside it for how it was trained, its scores and its licence).
 *
 * <p>The text is tokenised with {@link ArabicTokenizer}, cut into sentences at sentence-final punctuation and line
 * breaks, and the sentences are tagged together, so that what the text says about a name in one sentence helps
 * in the others (the surname alone after the full name). A mention's span starts after the proclitics written onto its first word
 * (و ف ب ل ك, as split by {@code dev.rasd.arabic.ArabicStemmer}, or before a word that starts a list entry), so in {@code لداعش} the mention is {@code داعش};
 * the article ال stays part of the name ({@code كالرقة} gives {@code الرقة}). Where ل is fused with the article
 * (للعراق) the letters cannot be split, so the span keeps them, and the canonical form restores the article
 * ({@code العراق}). The canonical form is {@code dev.rasd.arabic.ArabicCanonicalizer#canonical}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EntityRecognizer {

    /** Classpath location of the shipped model, relative to this class. */
    public static final String MODEL_RESOURCE = "ner-model.bin.gz";

    private static final String SENTENCE_END = ".!?؟";

    private final NerModel model;

    EntityRecognizer(NerModel model) {
        this.model = model;
    }

    /**
     * The recogniser with the shipped model, loaded from the classpath on first use and shared afterwards.
     *
     * @throws ExceptionInInitializerError on first use if the model is missing from the classpath or unreadable
     *         (its cause says which); later calls then throw {@link NoClassDefFoundError}
     */
    public static EntityRecognizer shipped() {
        return Shipped.INSTANCE;
    }

    /** The entity mentions in the text of an article, in text order; an empty list for blank text. */
    public List<EntityMention> recognize(String text) {
        return recognize(EntityMention.TEXT, text);
    }

    /**
     * The entity mentions in {@code text}, the value of the article field {@code field} ({@link EntityMention#TITLE}
     * or {@link EntityMention#TEXT}), in text order; an empty list for blank text.
     */
    public List<EntityMention> recognize(String field, String text) {
        List<EntityMention> mentions = new ArrayList<>();
        List<List<Token>> sentences = sentences(text, ArabicTokenizer.tokenize(text));
        List<int[]> tags = model.tag(sentences.stream().map(s -> s.stream().map(Token::text).toList()).toList());
        for (int s = 0; s < sentences.size(); s++) {
            for (BioTags.Span span : BioTags.spans(tags.get(s))) {
                mentions.add(mention(field, text, sentences.get(s), span));
            }
        }
        return mentions;
    }

    private EntityMention mention(String field, String text, List<Token> sentence, BioTags.Span span) {
        Token first = sentence.get(span.start());
        int end = sentence.get(span.end() - 1).end();
        int start = first.start() + procliticLength(first.text());
        String surface = text.substring(start, end);
        return new EntityMention(surface, ArabicCanonicalizer.canonical(surface), span.type(), field, start, end);
    }

    /** How many chars at the start of a written word are proclitics that a mention leaves out. */
    int procliticLength(String word) {
        NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets(word);
        int clitics = model.procliticLength(normalized.text());
        // Map back to the written word, so that a tatweel or vowel mark after ل (لـداعش) goes with the ل.
        return clitics == 0 ? 0 : normalized.sourceStart(clitics);
    }

    /** Cuts tokens into sentences after sentence-final punctuation and at line breaks. */
    static List<List<Token>> sentences(String text, List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (!current.isEmpty() && lineBreakBetween(text, current.getLast().end(), token.start())) {
                sentences.add(current);
                current = new ArrayList<>();
            }
            current.add(token);
            if (token.text().length() == 1 && SENTENCE_END.indexOf(token.text().charAt(0)) >= 0) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Holder of the shipped instance, loaded when first asked for. */
    private static final class Shipped {
        static final EntityRecognizer INSTANCE = new EntityRecognizer(loadShippedModel());

        private static NerModel loadShippedModel() {
            try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is not on the classpath next to "
                            + EntityRecognizer.class.getName() + "; train it with NerTrainer (see MODEL.md)");
                }
                return NerModel.readFrom(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + MODEL_RESOURCE, e);
            }
        }
    }
}
