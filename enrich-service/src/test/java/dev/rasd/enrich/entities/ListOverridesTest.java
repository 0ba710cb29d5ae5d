package dev.rasd.enrich.entities;

import dev.rasd.contract.EntityType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListOverridesTest {

    private static final int B_ORG = BioTags.begin(EntityType.ORG);
    private static final int I_ORG = BioTags.inside(EntityType.ORG);
    private static final int B_LOC = BioTags.begin(EntityType.LOC);
    private static final int O = BioTags.OUTSIDE;

    private final ListOverrides overrides = new ListOverrides(3);

    @Test
    void longNameListMatchReplacesTheSmallerEntitiesInsideIt() {
        int[] tags = {O, B_LOC, O, O};
        overrides.apply(List.of(new Gazetteer.Match("organisations", 0, 3)), tags);
        assertThat(tags).containsExactly(B_ORG, I_ORG, I_ORG, O);
    }

    @Test
    void leavesEntitiesThatCrossTheMatchEdgesShortMatchesAndTriggerLists() {
        int[] crossing = {O, O, B_LOC, BioTags.inside(EntityType.LOC)};
        overrides.apply(List.of(new Gazetteer.Match("organisations", 0, 3)), crossing);
        assertThat(crossing).containsExactly(O, O, B_LOC, BioTags.inside(EntityType.LOC));

        int[] untouched = {O, O, O};
        overrides.apply(List.of(new Gazetteer.Match("organisations", 0, 2),
                new Gazetteer.Match("person-titles", 0, 3)), untouched);
        assertThat(untouched).containsExactly(O, O, O);
    }

    @Test
    void oneWordMatchesOnlyFillWordsTheTaggerLeftOutside() {
        ListOverrides oneWord = new ListOverrides(1);
        int[] tags = {O, BioTags.begin(EntityType.PER)};
        oneWord.apply(List.of(new Gazetteer.Match("arab-places", 0, 1), new Gazetteer.Match("arab-places", 1, 2)), tags);
        assertThat(tags).containsExactly(B_LOC, BioTags.begin(EntityType.PER));
    }

    @Test
    void shortMatchesOverruleTheTaggerOnlyWhereAllTheirWordsAreUnseen() {
        int[] tags = {O, O, O, O};
        overrides.apply(List.of(new Gazetteer.Match("arab-places", 0, 1), new Gazetteer.Match("sports-clubs", 1, 3)),
                tags, new boolean[] {true, true, false, false});
        assertThat(tags).containsExactly(B_LOC, O, O, O);

        int[] club = {O, O, O, O};
        overrides.apply(List.of(new Gazetteer.Match("sports-clubs", 1, 3)), club, new boolean[] {false, true, true, false});
        assertThat(club).containsExactly(O, B_ORG, I_ORG, O);
    }

    @Test
    void unseenGivenNamesRightBeforeAPersonStartIt() {
        int bPer = BioTags.begin(EntityType.PER);
        int iPer = BioTags.inside(EntityType.PER);
        int[] tags = {O, O, bPer, iPer, O, O};
        List<Gazetteer.Match> names = List.of(new Gazetteer.Match(ListOverrides.FIRST_NAMES, 1, 2),
                new Gazetteer.Match(ListOverrides.FIRST_NAMES, 4, 5));
        overrides.extendPersons(names, tags, new boolean[] {true, true, false, false, true, true});
        assertThat(tags).containsExactly(O, bPer, iPer, iPer, O, O);

        int[] learned = {O, bPer, iPer};
        overrides.extendPersons(List.of(new Gazetteer.Match(ListOverrides.FIRST_NAMES, 0, 1)), learned,
                new boolean[] {false, true, true});
        assertThat(learned).containsExactly(O, bPer, iPer);
    }
}
