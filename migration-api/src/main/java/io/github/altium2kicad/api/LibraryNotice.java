package io.github.altium2kicad.api;

import java.util.List;

/**
 * Something about the Altium library files or the names in them that the user should know, with the parts it
 * concerns: a file that is missing or that cannot be read (KiCad will not load those parts), or a name written as
 * KiCad lists it rather than as the database has it.
 *
 * @param kind        what the notice is
 * @param reference   {@code symbol} or {@code footprint}
 * @param libraryPath the library file as the database writes it
 * @param nickname    the library's KiCad nickname
 * @param name        for {@link Kind#NAME_CHANGED} and {@link Kind#MISSING_NAME}: the name as the database has it; else empty
 * @param writtenAs   for {@link Kind#NAME_CHANGED} and {@link Kind#MISSING_NAME}: the name written to the KiCad database; else empty
 * @param parts       written parts that refer to it
 * @param examples    a few of those parts, as {@code table/key}
 * @param message     a sentence for the user: what is wrong (where the file was looked for) and what to do
 */
public record LibraryNotice(Kind kind, String reference, String libraryPath, String nickname, String name, String writtenAs,
                            long parts, List<String> examples, String message) {

    /** The kinds of notice. */
    public enum Kind {
        /** The library file was not found: no lib-table row is written for it and KiCad cannot load its parts. */
        MISSING_LIBRARY,
        /** The library file exists but is not a readable Altium library: KiCad cannot load its parts. */
        UNREADABLE_LIBRARY,
        /**
         * The library file was read and holds no symbol or footprint of that name (in any letter case): KiCad cannot
         * load the parts that use it. The file or the database needs fixing.
         */
        MISSING_NAME,
        /** A name was written as KiCad lists it (cut to 31 characters, {@code /} made {@code _}, the file's letter case). */
        NAME_CHANGED
    }

    public LibraryNotice {
        examples = List.copyOf(examples);
    }
}
