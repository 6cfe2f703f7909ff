package io.github.altium2kicad.api;

/**
 * A column value of the form {@code =Name}: Altium's "show parameter Name" (typically {@code Comment=Value} or
 * {@code Comment==Part Number}). The migration writes the named parameter's value in its place, so that KiCad shows
 * what Altium showed; a name that is neither a column nor a parameter of the table stays as written.
 *
 * @param table    the Altium table (as the DbLib names it)
 * @param column   the column holding the reference
 * @param text     the value as written, e.g. {@code =Part Number}
 * @param resolved the column whose value was written instead, or {@code null} if the name is unknown (kept literally)
 * @param parts    written parts with that value
 */
public record ValueReference(String table, String column, String text, String resolved, long parts) {

    /** True if the name was found and its value written. */
    public boolean isResolved() {
        return resolved != null;
    }
}
