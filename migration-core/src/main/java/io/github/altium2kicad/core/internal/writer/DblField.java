package io.github.altium2kicad.core.internal.writer;

/**
 * One entry of a library's {@code fields} in a {@code .kicad_dbl}: which column becomes which KiCad field.
 *
 * @param column            the database column
 * @param name              the KiCad field name ({@code Value} and {@code Datasheet} map onto built-in fields)
 * @param visibleOnAdd      shown on the schematic when the part is placed
 * @param visibleInChooser  shown as a column in KiCad's symbol chooser
 */
public record DblField(String column, String name, boolean visibleOnAdd, boolean visibleInChooser) {
}
