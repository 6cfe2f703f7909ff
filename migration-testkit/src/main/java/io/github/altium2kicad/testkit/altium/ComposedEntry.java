package io.github.altium2kicad.testkit.altium;

/**
 * One symbol or footprint written by a composer: facts known by construction.
 *
 * @param name        the full name as Altium shows it (the DbLib's {@code Library Ref}/{@code Footprint Ref})
 * @param storageName the compound-file storage it was written to (cut to 31 characters, {@code /} as {@code _})
 * @param kicadName   the name KiCad 9's importer lists for it: the storage name for symbols, the full name for
 *                    footprints
 * @param source      the fixture storage it was copied from
 * @param pins        pins (symbols) or pads (footprints) KiCad imports for it
 */
public record ComposedEntry(String name, String storageName, String kicadName, String source, int pins) {
}
