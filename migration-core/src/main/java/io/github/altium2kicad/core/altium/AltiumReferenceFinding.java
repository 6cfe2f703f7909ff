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
 */
public record AltiumReferenceFinding(Kind kind, String reference, String name, String libraryPath, String message) {

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
        /** The library has the name only in another letter case: Altium finds it, KiCad does not. */
        NAME_CASE_DIFFERS,
        /** The library's names cannot be checked (an {@code .IntLib}, an unexpected file type). */
        UNVERIFIABLE
    }

    /** True for findings that make the reference unusable in KiCad (all but {@link Kind#UNVERIFIABLE}). */
    public boolean isProblem() {
        return kind != Kind.UNVERIFIABLE;
    }
}
