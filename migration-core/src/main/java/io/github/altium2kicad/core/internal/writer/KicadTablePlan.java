package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one Altium table becomes one KiCad library: the output table (every Altium column under its own name plus
 * the symbol and footprints columns), its key, and the KiCad fields the {@code .kicad_dbl} declares.
 *
 * @param altiumTable       the output table's name: the Altium table name (for Excel, the sheet name without the
 *                          {@code $} the DbLib adds)
 * @param libraryName       the KiCad library name ({@code /} removed, as KiCad does)
 * @param keyColumn         the key column
 * @param columns           the source columns, in order
 * @param symbolColumn      the generated symbol column
 * @param footprintsColumn  the generated footprints column
 * @param fields            the KiCad fields
 * @param descriptionColumn the column for KiCad's description property, if any
 * @param keywordsColumn    the column for KiCad's keywords property, if any
 * @param indexedColumns    columns to index besides the key (symbol, footprints, MPN, manufacturer)
 * @param sourceKeyColumn   present when some keys KiCad cannot use were made safe ({@link SafeKeys}): then
 *                          {@code keyColumn} is a generated column after the footprints column, and this is the source
 *                          column with the keys as Altium has them (a KiCad field)
 */
public record KicadTablePlan(String altiumTable, String libraryName, String keyColumn, List<String> columns,
                             String symbolColumn, String footprintsColumn, List<DblField> fields,
                             Optional<String> descriptionColumn, Optional<String> keywordsColumn,
                             List<String> indexedColumns, Optional<String> sourceKeyColumn) {

    /** KiCad's own field names; a user field with one of these names would clash with the built-in field. */
    private static final Set<String> RESERVED_FIELDS = Set.of("reference", "value", "footprint", "datasheet",
            "description", "keywords", "ki_keywords", "ki_description", "ki_fp_filters");
    private static final List<String> VALUE_COLUMNS = List.of("Value", "Comment");
    private static final List<String> DATASHEET_COLUMNS = List.of("ComponentLink1URL", "Datasheet", "HelpURL");
    private static final List<String> CHOOSER_COLUMNS = List.of("Manufacturer", "Manufacturer Part Number",
            "Manufacturer 1", "Manufacturer Part Number 1", "Package / Case");
    /** Columns people look parts up by: the manufacturer part number (a manufacturer alone narrows too little). */
    private static final List<String> INDEXED_COLUMNS = List.of("Manufacturer Part Number", "Manufacturer Part Number 1");

    public KicadTablePlan {
        columns = List.copyOf(columns);
        fields = List.copyOf(fields);
        indexedColumns = List.copyOf(indexedColumns);
    }

    /** A plan whose key is a source column. */
    public KicadTablePlan(String altiumTable, String libraryName, String keyColumn, List<String> columns, String symbolColumn,
                          String footprintsColumn, List<DblField> fields, Optional<String> descriptionColumn,
                          Optional<String> keywordsColumn, List<String> indexedColumns) {
        this(altiumTable, libraryName, keyColumn, columns, symbolColumn, footprintsColumn, fields, descriptionColumn,
                keywordsColumn, indexedColumns, Optional.empty());
    }

    /**
     * This plan with its key in the generated column {@code generatedKey}, and the source key column kept as a KiCad
     * field under {@code fieldName} (shown in the chooser, so that the part number Altium showed is still seen).
     */
    public KicadTablePlan withGeneratedKey(String generatedKey, String fieldName) {
        List<DblField> withKey = new ArrayList<>();
        withKey.add(new DblField(keyColumn, fieldName, false, true));
        withKey.addAll(fields);
        return new KicadTablePlan(altiumTable, libraryName, generatedKey, columns, symbolColumn, footprintsColumn, withKey,
                descriptionColumn, keywordsColumn, indexedColumns, Optional.of(keyColumn));
    }

    /**
     * Plans the KiCad library of one table.
     *
     * @param libraryName a KiCad library name already made unique among the tables
     */
    public static KicadTablePlan of(TableDescriptor table, TableSchema schema, ColumnRoles roles, String keyColumn,
                                    String outputTable, String libraryName, MigrationConfig config) {
        Set<Integer> excluded = new HashSet<>(roles.referenceColumns());
        schema.indexOf(keyColumn).ifPresent(excluded::add);
        Optional<String> description = roles.description() >= 0 ? Optional.of(schema.columns().get(roles.description()))
                : Optional.empty();
        description.flatMap(schema::indexOf).ifPresent(excluded::add);
        Optional<String> keywords = schema.column("Keywords");
        keywords.flatMap(schema::indexOf).ifPresent(excluded::add);

        List<DblField> fields = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        Optional<String> valueColumn = firstPresent(schema, VALUE_COLUMNS);
        valueColumn.ifPresent(c -> {
            fields.add(new DblField(c, "Value", true, true));
            usedNames.add("value");
            schema.indexOf(c).ifPresent(excluded::add);
        });
        Optional<String> datasheet = firstPresent(schema, DATASHEET_COLUMNS);
        datasheet.ifPresent(c -> {
            fields.add(new DblField(c, "Datasheet", false, false));
            usedNames.add("datasheet");
            schema.indexOf(c).ifPresent(excluded::add);
        });
        for (int i = 0; i < schema.columns().size(); i++) {
            if (excluded.contains(i)) {
                continue;
            }
            String column = schema.columns().get(i);
            Optional<FieldMapping> mapping = table.mappingOf(column);
            String name = mapping.filter(m -> !m.isSystemParameter() && m.parameterName() != null && !m.parameterName().isBlank())
                    .map(FieldMapping::parameterName).orElse(column).strip();
            if (RESERVED_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                name = name + " (Altium)";
            }
            if (!usedNames.add(name.toLowerCase(Locale.ROOT))) {
                continue; // two columns mapped to one parameter name: the first wins
            }
            boolean visibleOnAdd = mapping.map(FieldMapping::visibleOnAdd).orElse(false);
            boolean inChooser = CHOOSER_COLUMNS.stream().anyMatch(column::equalsIgnoreCase);
            fields.add(new DblField(column, name, visibleOnAdd, inChooser));
        }
        List<String> indexed = new ArrayList<>(List.of(config.symbolColumn(), config.footprintsColumn()));
        INDEXED_COLUMNS.forEach(c -> schema.column(c).ifPresent(indexed::add));
        return new KicadTablePlan(outputTable, libraryName, keyColumn, schema.columns(), config.symbolColumn(),
                config.footprintsColumn(), fields, description, keywords, indexed);
    }

    /** All output columns: the source columns, then symbol and footprints, then the generated key if any. */
    public List<String> outputColumns() {
        List<String> out = new ArrayList<>(columns);
        out.add(symbolColumn);
        out.add(footprintsColumn);
        sourceKeyColumn.ifPresent(k -> out.add(keyColumn));
        return out;
    }

    private static Optional<String> firstPresent(TableSchema schema, List<String> names) {
        return names.stream().map(schema::column).flatMap(Optional::stream).findFirst();
    }
}
