package io.github.altium2kicad.api.dblib;

import java.util.Map;

/**
 * One {@code [FieldMapN]} section of a DbLib: how a database column becomes an Altium parameter.
 *
 * @param index         the N of {@code [FieldMapN]}
 * @param tableName     {@code TableNameOnly}
 * @param columnName    {@code FieldNameOnly}
 * @param fieldType     {@code FieldType}: 0 marks the lookup key column in files seen so far, 1 a plain field
 * @param parameterName {@code ParameterName}; in brackets ({@code [Library Ref]}) for Altium system parameters
 * @param visibleOnAdd  {@code VisibleOnAdd}
 * @param options       every option of the section as written (including the UI modes), for round-tripping
 */
public record FieldMapping(int index, String tableName, String columnName, int fieldType, String parameterName,
                           boolean visibleOnAdd, Map<String, String> options) {

    public FieldMapping {
        options = Map.copyOf(options);
    }

    /** True for Altium system parameters such as {@code [Library Ref]} or {@code [Footprint Path 2]}. */
    public boolean isSystemParameter() {
        return parameterName != null && parameterName.startsWith("[") && parameterName.endsWith("]");
    }

    /** The system parameter name without brackets ({@code Library Ref}), or the plain parameter name. */
    public String parameterNameWithoutBrackets() {
        return isSystemParameter() ? parameterName.substring(1, parameterName.length() - 1) : parameterName;
    }

    /** True if this mapping marks the key column ({@code FieldType=0}). */
    public boolean isKey() {
        return fieldType == 0;
    }
}
