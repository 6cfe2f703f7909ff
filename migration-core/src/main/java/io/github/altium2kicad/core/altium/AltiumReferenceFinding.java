package io.github.altium2kicad.core.altium;

/**
 * Something found wrong, or not checkable, about one Altium reference of a part.
 *
 * @param kind        what was found
 * @param reference   which reference: {@code symbol}, or {@code footprint 1}, {@code footprint 2} … in the
 *                    order of the part's non-blank footprints
 * @param name        the symbol or footprint name as the database has it
 * @param libraryPath the library file as the database has it
 * @param message     a sentence for the user, naming the file and what is wrong
 * @param writtenAs   the name written to KiCad (differs from {@code name} only for {@link Kind#NAME_CHANGED})
 */
public record AltiumReferenceFinding(Kind kind, String reference, String name, String libraryPath, String message,
                                     String writtenAs) {

    /** A finding about a name written as the database has it. */
    public AltiumReferenceFinding(Kind kind, String reference, String name, String libraryPath, String message) {
        this(kind, reference, name, libraryPath, message, name);
    }

    /** True for a symbol finding, false for a footprint one. */
    public boolean isSymbol() {
        return reference.startsWith("symbol");
    }

    /** The kinds of finding. */
    public enum Kind {
        /** The library file was not found (see the catalog for where it was looked for). */
        MISSING_FILE,
        /** The library file exists but is not a readable compound file. */
        UNREADABLE_FILE,
        /** The library was read and has no symbol of that name. */
        MISSING_SYMBOL,
        /** The library was read and has no footprint of that name. */
        MISSING_FOOTPRINT,
        /**
         * The name is written as KiCad lists it, which differs from the database's: a symbol name cut to its
         * 31-character storage name or with {@code /} made {@code _}, or the file's letter case. Information, not a
         * problem: KiCad finds the part under the written name.
         */
        NAME_CHANGED,
        /** The library's names cannot be checked (an {@code .IntLib}, an unexpected file type). */
        UNVERIFIABLE
    }

    /** True for findings that make the reference unusable in KiCad (all but {@link Kind#UNVERIFIABLE} and {@link Kind#NAME_CHANGED}). */
    public boolean isProblem() {
        return kind != Kind.UNVERIFIABLE && kind != Kind.NAME_CHANGED;
    }
}
