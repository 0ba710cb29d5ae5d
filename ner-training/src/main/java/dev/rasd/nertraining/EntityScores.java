package dev.rasd.nertraining;

import dev.rasd.contract.EntityType;
import dev.rasd.enrich.entities.BioTags;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 with exact span and type match, as conlleval computes them, accumulated
 * over sentences.
 */
final class EntityScores {

    /** The types the headline micro average is taken over (MISC is reported but not averaged). */
    static final Set<EntityType> MAIN_TYPES = EnumSet.of(EntityType.PER, EntityType.ORG, EntityType.LOC);

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    EntityScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]); // true positives, predicted, gold
        }
    }

    /** Adds one sentence's gold and predicted tags. */
    void add(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("gold has " + gold.length + " tags, prediction " + predicted.length);
        }
        List<BioTags.Span> goldSpans = BioTags.spans(gold);
        Set<BioTags.Span> goldSet = new HashSet<>(goldSpans);
        for (BioTags.Span span : BioTags.spans(predicted)) {
            counts.get(span.type())[1]++;
            if (goldSet.contains(span)) {
                counts.get(span.type())[0]++;
            }
        }
        goldSpans.forEach(span -> counts.get(span.type())[2]++);
    }

    double precision(Set<EntityType> types) {
        return ratio(sum(types, 0), sum(types, 1));
    }

    double recall(Set<EntityType> types) {
        return ratio(sum(types, 0), sum(types, 2));
    }

    double f1(Set<EntityType> types) {
        double p = precision(types);
        double r = recall(types);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-averaged F1 over PER, ORG and LOC. */
    double mainF1() {
        return f1(MAIN_TYPES);
    }

    /** A table of precision, recall, F1 and gold count per type and for the PER/ORG/LOC micro average. */
    String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s %7s%n",
                "type", "precision", "recall", "F1", "gold"));
        for (EntityType type : EntityType.values()) {
            appendRow(table, type.name(), EnumSet.of(type));
        }
        appendRow(table, "micro PER/ORG/LOC", MAIN_TYPES);
        return table.toString();
    }

    private void appendRow(StringBuilder table, String name, Set<EntityType> types) {
        table.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %7d%n",
                name, precision(types), recall(types), f1(types), sum(types, 2)));
    }

    private int sum(Set<EntityType> types, int column) {
        return types.stream().mapToInt(type -> counts.get(type)[column]).sum();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
