package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import static dev.rasd.enrich.entities.TagSequences.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BioTagsTest {

    @Test
    void parsesCorpusLabelsAndPrintsThemBack() {
        assertThat(BioTags.label(BioTags.parse("B-PERS"))).isEqualTo("B-PER");
        assertThat(BioTags.label(BioTags.parse("I-LOC"))).isEqualTo("I-LOC");
        assertThat(BioTags.parse("O")).isEqualTo(BioTags.OUTSIDE);
        assertThatThrownBy(() -> BioTags.parse("X-ORG")).hasMessageContaining("X-ORG");
    }

    @Test
    void readsSpansTheWayConllevalDoes() {
        assertThat(BioTags.spans(tags("B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG", "I-LOC")))
                .containsExactly(
                        new BioTags.Span(EntityType.PER, 0, 2),
                        new BioTags.Span(EntityType.LOC, 3, 4),
                        new BioTags.Span(EntityType.ORG, 4, 5),
                        new BioTags.Span(EntityType.ORG, 5, 6),
                        new BioTags.Span(EntityType.LOC, 6, 7));
    }

    @Test
    void allowsInsideOnlyAfterTheSameType() {
        int bPer = BioTags.begin(EntityType.PER);
        assertThat(BioTags.allowed(bPer, BioTags.inside(EntityType.PER))).isTrue();
        assertThat(BioTags.allowed(BioTags.inside(EntityType.PER), BioTags.inside(EntityType.PER))).isTrue();
        assertThat(BioTags.allowed(bPer, BioTags.inside(EntityType.LOC))).isFalse();
        assertThat(BioTags.allowed(BioTags.OUTSIDE, BioTags.inside(EntityType.LOC))).isFalse();
        assertThat(BioTags.allowed(-1, BioTags.inside(EntityType.LOC))).isFalse();
        assertThat(BioTags.allowed(-1, bPer)).isTrue();
    }
}
