package dev.rasd.contract;

/** The kind of a named entity. */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: a government body, party, armed group, company, agency. */
    ORG,
    /** A place: country, city, region, river. */
    LOC,
    /** Other names: events, nationalities, products. */
    MISC
}
