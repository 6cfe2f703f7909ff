package io.github.altium2kicad.api;

/**
 * What happened to one Altium table.
 *
 * @param table          the Altium table name (also the KiCad library and output table name)
 * @param keyColumn      the key column used
 * @param keySource      where the key column came from ({@code FieldType=0}, {@code UserWhereText}, …)
 * @param rowsRead       rows read from the source
 * @param rowsWritten    rows written to the KiCad database
 * @param duplicateKeys  rows whose key appeared earlier
 * @param emptyKeys      rows whose key was NULL or blank
 * @param unresolved     rows written without a resolvable symbol or footprint
 * @param ruleErrors     rows written after a mapping rule failed on them (decided by a later rule)
 */
public record TableResult(String table, String keyColumn, String keySource, long rowsRead, long rowsWritten,
                          long duplicateKeys, long emptyKeys, long unresolved, long ruleErrors) {
}
