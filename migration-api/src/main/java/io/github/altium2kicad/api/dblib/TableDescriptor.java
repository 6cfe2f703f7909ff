package io.github.altium2kicad.api.dblib;

import java.util.List;
import java.util.Optional;

/**
 * One {@code [TableN]} section of a DbLib plus the field mappings that belong to it.
 *
 * @param index         the N of {@code [TableN]}
 * @param schemaName    {@code SchemaName} (often blank)
 * @param tableName     {@code TableName}: may contain spaces, dashes, commas, quotes, {@code $} for Excel sheets
 * @param enabled       {@code Enabled}; disabled tables are not migrated
 * @param userWhere     {@code UserWhere=1}
 * @param userWhereText {@code UserWhereText}: Altium's single-part lookup clause, never a filter for export
 * @param fieldMappings the {@code [FieldMapN]} sections whose {@code TableNameOnly} is this table, in file order
 * @param keyColumn     the lookup key column as far as the DbLib tells it (see {@link KeySource}), if it does
 * @param keySource     where {@link #keyColumn} came from
 */
public record TableDescriptor(int index, String schemaName, String tableName, boolean enabled, boolean userWhere,
                              String userWhereText, List<FieldMapping> fieldMappings, Optional<String> keyColumn,
                              KeySource keySource) {

    public TableDescriptor {
        fieldMappings = List.copyOf(fieldMappings);
    }

    /** Where the key column of a table was found. */
    public enum KeySource {
        /** A {@code [FieldMapN]} with {@code FieldType=0}. */
        FIELD_TYPE,
        /** The column named in {@code UserWhereText}, e.g. {@code [Part Number] = '{Part Number}'}. */
        USER_WHERE_TEXT,
        /** Nothing in the DbLib: the conventional {@code Part Number} column is assumed. */
        CONVENTION,
        /** Set by the user's configuration. */
        CONFIGURATION
    }

    /** The mapping of {@code column}, if the DbLib has one (column names compare case-insensitively, as Altium does). */
    public Optional<FieldMapping> mappingOf(String column) {
        return fieldMappings.stream().filter(m -> m.columnName().equalsIgnoreCase(column)).findFirst();
    }

    /** The column mapped to the system parameter {@code [name]} (e.g. {@code Library Ref}), if any. */
    public Optional<String> columnForSystemParameter(String name) {
        return fieldMappings.stream()
                .filter(m -> m.isSystemParameter() && m.parameterNameWithoutBrackets().equalsIgnoreCase(name))
                .map(FieldMapping::columnName)
                .findFirst();
    }
}
