package io.github.altium2kicad.api.output;

/**
 * One library of a {@code .kicad_dbl}: the table KiCad reads and its key, symbols and footprints columns.
 *
 * @param name       the library's name in KiCad
 * @param table      the database table
 * @param key        the key column
 * @param symbols    the symbols column
 * @param footprints the footprints column
 */
public record KicadDblLibrary(String name, String table, String key, String symbols, String footprints) {
}
