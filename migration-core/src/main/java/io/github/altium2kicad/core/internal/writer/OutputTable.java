package io.github.altium2kicad.core.internal.writer;

/**
 * One table of the KiCad database with the name the DbLib gives it (which issues and notices use; for Excel the
 * DbLib's {@code Sheet$}, while the output table is {@code Sheet}).
 *
 * @param dbLibName the table's name in the DbLib
 * @param plan      how it is written
 */
public record OutputTable(String dbLibName, KicadTablePlan plan) {
}
