package io.github.altium2kicad.api.mapping;

/**
 * A KiCad library identifier {@code Nickname:ItemName}, e.g. {@code Device:R} or
 * {@code Resistor_SMD:R_0603_1608Metric}.
 *
 * @param library the library nickname, as listed in a {@code sym-lib-table} or {@code fp-lib-table}
 * @param name    the symbol or footprint name inside that library
 */
public record KicadLibId(String library, String name) {

    public KicadLibId {
        if (library == null || library.isBlank() || library.contains(":")) {
            throw new IllegalArgumentException("a KiCad library nickname must be non-blank and without ':', got '" + library + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a KiCad symbol or footprint name must be non-blank");
        }
    }

    /** Parses {@code Nickname:Name} (the first {@code :} separates). */
    public static KicadLibId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("'" + text + "' is not a KiCad library id of the form Library:Name");
        }
        return new KicadLibId(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return library + ":" + name;
    }
}
