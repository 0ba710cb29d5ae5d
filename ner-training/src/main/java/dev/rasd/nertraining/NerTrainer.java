package dev.rasd.nertraining;

import dev.rasd.enrich.entities.BioTags;
import dev.rasd.enrich.entities.DocumentContext;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.entities.Gazetteer;
import dev.rasd.enrich.entities.NerFeatures;
import dev.rasd.enrich.entities.NerModel;
import dev.rasd.enrich.entities.PerceptronTagger;
import dev.rasd.enrich.entities.WordClusters;
import dev.rasd.enrich.entities.WordCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command line for training and evaluating the entity model, run from the repository root ({@code scripts/ner-training
 * NerTrainer …}, see {@code MODEL.md}).
 *
 * <pre>
 * NerTrainer train [--write] [--epochs N] [--min-count N] [--window N] [--shuffles N] [--document N]
 *                  [--data FILE] [--gazetteers DIR] [--public-lists DIR] [--unlabelled FILE] [--clusters FILE]
 *                  [--model FILE]
 * NerTrainer evaluate [--data FILE] [--model FILE] [--document N]
 * </pre>
 *
 * <p>The last {@value #DEV_PERCENT}% of the sentences of the training file are the development set. {@code train}
 * trains on the rest, printing the development score after each epoch and the per-type table at the end, and with
 * {@code --write} saves that model. {@code evaluate} prints the per-type table of a saved model (by default the
 * shipped one) on the development set.
 *
 * <p>The development set is tagged as consecutive documents of {@code --document} sentences (default
 * {@value #DOCUMENT_SENTENCES}, the length of a news article; 1 tags each sentence on its own, without the context of
 * the sentences around it), and both tables are printed: per document and sentence by sentence.
 */
public final class NerTrainer {

    static final int DEV_PERCENT = 10;
    static final long SEED = 20070218L;
    /** Number of folds for the jackknifed word counts and first-pass tags. */
    static final int FOLDS = 10;

    /** Sentences per development document: a news article of ANERcorp's sentences. */
    static final int DOCUMENT_SENTENCES = 20;

    private static final String RESOURCES = "enrich-service/src/main/resources/dev/rasd/enrich/entities/";
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("--data", "../shared/data/anercorp/train.bio"),
            Map.entry("--gazetteers", "seeds/gazetteers"),
            Map.entry("--public-lists", "../shared/data/gazetteers"),
            Map.entry("--unlabelled", "../shared/data/arabic-wikipedia/ar-wikipedia-20170120.txt.gz"),
            Map.entry("--clusters", RESOURCES + WordClusters.RESOURCE),
            Map.entry("--document", String.valueOf(DOCUMENT_SENTENCES)),
            Map.entry("--model", RESOURCES + EntityRecognizer.MODEL_RESOURCE),
            Map.entry("--epochs", "5"),
            Map.entry("--min-count", "2"),
            Map.entry("--window", "100"),
            Map.entry("--shuffles", "5"));

    private NerTrainer() {
    }

    /** Runs {@code train} or {@code evaluate} with the options above (see the class comment). */
    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("train") || args[0].equals("evaluate"))) {
            System.err.println("usage: NerTrainer train|evaluate [--write] [--epochs N] [--min-count N] [--window N]"
                    + " [--shuffles N] [--document N] [--data FILE] [--gazetteers DIR] [--public-lists DIR]"
                    + " [--unlabelled FILE] [--clusters FILE] [--model FILE]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>(DEFAULTS);
        boolean write = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--write")) {
                write = true;
            } else if (DEFAULTS.containsKey(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option: " + args[i]);
            }
        }
        List<AnerCorpus.LabeledSentence> sentences = AnerCorpus.read(Path.of(options.get("--data")));
        int devStart = sentences.size() - sentences.size() * DEV_PERCENT / 100;
        List<AnerCorpus.LabeledSentence> train = sentences.subList(0, devStart);
        List<AnerCorpus.LabeledSentence> dev = sentences.subList(devStart, sentences.size());
        System.out.printf(Locale.ROOT, "%d sentences: %d for training, %d for development%n",
                sentences.size(), train.size(), dev.size());
        Path modelFile = Path.of(options.get("--model"));
        int document = Integer.parseInt(options.get("--document"));
        if (args[0].equals("evaluate")) {
            try (InputStream in = Files.newInputStream(modelFile)) {
                printScores(NerModel.readFrom(in), dev, document);
            }
            return;
        }
        long started = System.nanoTime();
        Gazetteer.Builder lists = GazetteerSources.addAll(Gazetteer.builder(), Path.of(options.get("--gazetteers")));
        GazetteerSources.addPublicLists(lists, Path.of(options.get("--public-lists")));
        Gazetteer gazetteer = GazetteerSources.addMinedLists(lists, Path.of(options.get("--unlabelled"))).build();
        Path clusterFile = Path.of(options.get("--clusters"));
        WordClusters clusters = Files.exists(clusterFile) ? WordClusters.load(clusterFile) : WordClusters.empty();
        System.out.printf(Locale.ROOT, "%d list entries, %d words in %d levels of clusters%n", gazetteer.size(),
                clusters.size(), clusters.levels());
        NerModel model = train(train, dev, gazetteer, clusters,
                Integer.parseInt(options.get("--epochs")), Integer.parseInt(options.get("--min-count")),
                Integer.parseInt(options.get("--window")), Integer.parseInt(options.get("--shuffles")), document);
        System.out.printf(Locale.ROOT, "trained in %.1f s, %d features%n",
                (System.nanoTime() - started) / 1e9, model.featureCount());
        printScores(model, dev, document);
        if (write) {
            Files.createDirectories(modelFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(modelFile)) {
                model.writeTo(out);
            }
            System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", modelFile, Files.size(modelFile));
        }
    }

    /**
     * Trains a model on {@code train}, printing the development F1 after each epoch of the second pass.
     *
     * <p>The word-frequency features of each training sentence are computed with counts from the other
     * {@value #FOLDS} folds only (jackknifing), so that in training, as at run time, some words are unseen, and the
     * tagger learns what being unseen means. The same holds for the first pass's tags behind the document context
     * features: each training sentence gets them from a first-pass tagger trained on the other folds, so the second
     * pass learns how far to trust first-pass tags as good (and as bad) as those it will see at run time.
     *
     * @param shuffles how many perceptrons, each on its own sentence order, every tagger averages
     */
    static NerModel train(List<AnerCorpus.LabeledSentence> train, List<AnerCorpus.LabeledSentence> dev,
                          Gazetteer gazetteer, WordClusters clusters, int epochs, int minFeatureCount,
                          int window, int shuffles, int document) {
        List<List<List<String>>> rows = new ArrayList<>(Collections.nCopies(train.size(), null));
        List<int[]> gold = train.stream().map(AnerCorpus.LabeledSentence::tags).toList();
        List<List<String>> tokens = train.stream().map(AnerCorpus.LabeledSentence::tokens).toList();
        for (int fold = 0; fold < FOLDS; fold++) {
            NerFeatures features = new NerFeatures(gazetteer, wordCounts(outOfFold(train, fold)), clusters);
            for (int s = fold; s < train.size(); s += FOLDS) {
                rows.set(s, features.extract(tokens.get(s)));
            }
        }
        WordCounts wordCounts = wordCounts(train);
        DocumentContext context = new DocumentContext(window);
        PerceptronTrainer trainer = new PerceptronTrainer(epochs, SEED, minFeatureCount, shuffles);
        List<int[]> firstPassTags = new ArrayList<>(Collections.nCopies(train.size(), null));
        for (int fold = 0; fold < FOLDS; fold++) {
            PerceptronTagger foldTagger = trainer.train(outOfFold(rows, fold), outOfFold(gold, fold), null);
            for (int s = fold; s < train.size(); s += FOLDS) {
                firstPassTags.set(s, NerModel.decode(gazetteer, foldTagger, tokens.get(s), rows.get(s)));
            }
        }
        PerceptronTagger firstPass = trainer.train(rows, gold, null);
        List<List<List<String>>> contextRows = context.features(tokens, firstPassTags);
        List<List<List<String>>> secondRows = new ArrayList<>(train.size());
        for (int s = 0; s < train.size(); s++) {
            secondRows.add(NerModel.withContext(rows.get(s), contextRows.get(s)));
        }
        PerceptronTagger secondPass = trainer.train(secondRows, gold,
                (epoch, averaged) -> System.out.printf(Locale.ROOT, "epoch %2d: dev micro F1 PER/ORG/LOC %.4f%n",
                        epoch, evaluate(new NerModel(gazetteer, wordCounts, clusters, firstPass, context,
                                averaged), dev, document).mainF1()));
        return new NerModel(gazetteer, wordCounts, clusters, firstPass, context, secondPass);
    }

    /** The elements whose index is not in {@code fold} (index modulo {@value #FOLDS}). */
    private static <T> List<T> outOfFold(List<T> items, int fold) {
        List<T> others = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (i % FOLDS != fold) {
                others.add(items.get(i));
            }
        }
        return others;
    }

    private static WordCounts wordCounts(List<AnerCorpus.LabeledSentence> sentences) {
        return WordCounts.of(sentences.stream().map(AnerCorpus.LabeledSentence::tokens).toList());
    }

    /** The tokens of every gold entity of {@code sentences}. */
    static List<List<String>> goldEntities(List<AnerCorpus.LabeledSentence> sentences) {
        List<List<String>> entities = new ArrayList<>();
        for (AnerCorpus.LabeledSentence sentence : sentences) {
            for (BioTags.Span span : BioTags.spans(sentence.tags())) {
                entities.add(sentence.tokens().subList(span.start(), span.end()));
            }
        }
        return entities;
    }

    private static void printScores(NerModel model, List<AnerCorpus.LabeledSentence> dev, int document) {
        System.out.printf(Locale.ROOT, "documents of %d sentences:%n%s", document,
                evaluate(model, dev, document).table());
        System.out.printf(Locale.ROOT, "sentence by sentence:%n%s", evaluate(model, dev, 1).table());
    }

    /** The scores of {@code model} on {@code sentences}, tagged as consecutive texts of {@code document} sentences. */
    static EntityScores evaluate(NerModel model, List<AnerCorpus.LabeledSentence> sentences, int document) {
        EntityScores scores = new EntityScores();
        for (int from = 0; from < sentences.size(); from += document) {
            List<AnerCorpus.LabeledSentence> text = sentences.subList(from, Math.min(sentences.size(), from + document));
            List<int[]> tags = model.tag(text.stream().map(AnerCorpus.LabeledSentence::tokens).toList());
            for (int s = 0; s < text.size(); s++) {
                scores.add(text.get(s).tags(), tags.get(s));
            }
        }
        return scores;
    }
}
