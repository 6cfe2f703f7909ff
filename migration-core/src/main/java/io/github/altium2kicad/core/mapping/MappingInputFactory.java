package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link MappingInput} of each row of one table: the reference columns plus the declared attributes. */
public final class MappingInputFactory {

    private final String table;
    private final ColumnRoles roles;
    private final Map<String, Integer> attributeColumns;

    /**
     * @param table             the Altium table name
     * @param schema            the table's columns
     * @param roles             which columns hold the references
     * @param declaredAttributes the columns the rules read ({@link io.github.altium2kicad.api.mapping.MappingRule#attributeColumns()});
     *                          those the table lacks are ignored
     */
    public MappingInputFactory(String table, TableSchema schema, ColumnRoles roles, Set<String> declaredAttributes) {
        this.table = table;
        this.roles = roles;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String name : declaredAttributes) {
            Optional<Integer> index = schema.indexOf(name);
            index.ifPresent(i -> columns.put(name, i));
        }
        this.attributeColumns = Map.copyOf(columns);
    }

    /** The mapping input of {@code row}. */
    public MappingInput inputOf(ComponentRecord row) {
        List<AltiumFootprint> footprints = new ArrayList<>(roles.footprints().size());
        for (ColumnRoles.FootprintColumns f : roles.footprints()) {
            String ref = row.get(f.ref());
            if (ref != null && !ref.isBlank()) {
                footprints.add(new AltiumFootprint(ref, f.path() >= 0 ? row.get(f.path()) : null));
            }
        }
        Map<String, String> attributes = attributeColumns.isEmpty() ? Map.of() : new HashMap<>();
        attributeColumns.forEach((name, index) -> {
            String value = row.get(index);
            if (value != null) {
                attributes.put(name, value);
            }
        });
        return new MappingInput(table,
                roles.libraryRef() >= 0 ? row.get(roles.libraryRef()) : null,
                roles.libraryPath() >= 0 ? row.get(roles.libraryPath()) : null,
                footprints, attributes);
    }
}
