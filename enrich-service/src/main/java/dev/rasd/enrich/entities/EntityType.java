package dev.rasd.enrich.entities;

/** The kinds of named entity the recogniser finds (the ANERcorp label set). */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: government body, armed group, party, company, agency. */
    ORG,
    /** A location: country, city, region, river, geopolitical place. */
    LOC,
    /** Any other name: events, nationalities used as names, products, titles of works. */
    MISC;

    /**
     * Parses a corpus label suffix ({@code PERS}, {@code PER}, {@code ORG}, {@code LOC}, {@code MISC}).
     *
     * @throws IllegalArgumentException for any other label
     */
    public static EntityType fromLabel(String label) {
        return switch (label) {
            case "PERS", "PER" -> PER;
            case "ORG" -> ORG;
            case "LOC" -> LOC;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity label: " + label);
        };
    }
}
