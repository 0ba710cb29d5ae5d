package dev.rasd.enrich.entities;

/** Tag sequences written as corpus labels, for tests. */
final class TagSequences {

    private TagSequences() {
    }

    /** The {@link BioTags} tags of {@code labels} ({@code "B-PER"}, {@code "O"} …). */
    static int[] tags(String... labels) {
        int[] tags = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            tags[i] = BioTags.parse(labels[i]);
        }
        return tags;
    }
}
