package io.github.altium2kicad.core.mapping.standard;

/**
 * The texts of a part that say what kind of part it is ({@code null} where a column is missing).
 *
 * @param table       the Altium table name, e.g. {@code Resistors} or {@code Murata}
 * @param libraryRef  the Altium symbol name, e.g. {@code Res1}, {@code CAP_POL}, {@code GRM188R71H104KA93D}
 * @param description the {@code Description} column
 * @param designator  the designator prefix, e.g. {@code R?} or {@code C1}
 * @param category    a category-like column ({@code Category}, {@code Component Type}, …)
 */
public record PartTexts(String table, String libraryRef, String description, String designator, String category) {
}
