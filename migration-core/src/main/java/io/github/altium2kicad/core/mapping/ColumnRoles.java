package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which columns of one table hold the Altium system parameters: the symbol ({@code Library Ref} +
 * {@code Library Path}) and the footprints ({@code Footprint Ref}/{@code Footprint Path}, then
 * {@code Footprint Ref 2}/{@code Footprint Path 2}, …). The DbLib's field maps decide first ({@code [Library Ref]}
 * may be mapped to any column); otherwise the conventional column names are used.
 *
 * @param libraryRef     column index of the symbol name, or -1
 * @param libraryPath    column index of the symbol library file, or -1
 * @param footprints     the footprint ref/path column pairs in order
 * @param description    column index of {@code [Description]}/{@code Description}, or -1
 */
public record ColumnRoles(int libraryRef, int libraryPath, List<FootprintColumns> footprints, int description) {

    private static final Pattern FOOTPRINT_REF = Pattern.compile("(?i)footprint ref(?:\\s*(\\d+))?");

    public ColumnRoles {
        footprints = List.copyOf(footprints);
    }

    /** The column indexes of one footprint slot; {@code path} is -1 if the table has no path column for it. */
    public record FootprintColumns(int slot, int ref, int path) {
    }

    /** Resolves the roles of {@code schema}'s columns using {@code table}'s field maps. */
    public static ColumnRoles of(TableDescriptor table, TableSchema schema) {
        int libraryRef = column(table, schema, "Library Ref");
        int libraryPath = column(table, schema, "Library Path");
        int description = column(table, schema, "Description");
        List<FootprintColumns> footprints = new ArrayList<>();
        for (int slot = 1; slot <= maxFootprintSlot(table, schema); slot++) {
            String suffix = slot == 1 ? "" : " " + slot;
            int ref = column(table, schema, "Footprint Ref" + suffix);
            if (ref >= 0) {
                footprints.add(new FootprintColumns(slot, ref, column(table, schema, "Footprint Path" + suffix)));
            }
        }
        return new ColumnRoles(libraryRef, libraryPath, footprints, description);
    }

    /** Column indexes that are Altium symbol/footprint references (not migrated as KiCad fields). */
    public List<Integer> referenceColumns() {
        List<Integer> out = new ArrayList<>();
        if (libraryRef >= 0) {
            out.add(libraryRef);
        }
        if (libraryPath >= 0) {
            out.add(libraryPath);
        }
        for (FootprintColumns f : footprints) {
            out.add(f.ref());
            if (f.path() >= 0) {
                out.add(f.path());
            }
        }
        return out;
    }

    private static int column(TableDescriptor table, TableSchema schema, String systemParameter) {
        Optional<String> mapped = table.columnForSystemParameter(systemParameter);
        if (mapped.isPresent()) {
            Optional<Integer> index = schema.indexOf(mapped.get());
            if (index.isPresent()) {
                return index.get();
            }
        }
        return schema.indexOf(systemParameter).orElse(-1);
    }

    private static int maxFootprintSlot(TableDescriptor table, TableSchema schema) {
        int max = 1;
        List<String> names = new ArrayList<>(schema.columns());
        table.fieldMappings().forEach(m -> names.add(m.parameterNameWithoutBrackets()));
        for (String name : names) {
            Matcher m = FOOTPRINT_REF.matcher(name == null ? "" : name.strip());
            if (m.matches() && m.group(1) != null) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }
}
