package io.github.altium2kicad.core.kicad.index;

/**
 * One {@code (lib …)} row of a KiCad {@code sym-lib-table} or {@code fp-lib-table}.
 *
 * @param name     the library nickname, e.g. {@code Device}
 * @param type     the plugin, e.g. {@code KiCad}, {@code Legacy}, {@code Altium}
 * @param uri      the location as written, variables such as {@code ${KICAD6_SYMBOL_DIR}} unresolved
 * @param disabled true if the row carries {@code (disabled)}
 */
public record LibTableEntry(String name, String type, String uri, boolean disabled) {
}
