package dev.rasd.contract;

/** The schema version written into every contract record by this build. */
public final class SchemaVersion {

    /** Version 1: the records as first published. */
    public static final int CURRENT = 1;

    private SchemaVersion() {}
}
