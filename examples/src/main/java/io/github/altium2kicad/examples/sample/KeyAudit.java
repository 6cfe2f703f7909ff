package io.github.altium2kicad.examples.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds the rows whose key is blank or used more than once, in any table, by scanning the data. */
final class KeyAudit {

    private record Location(SampleTable table, int row) {
        SamplePart part() {
            return table.parts().get(row - 1);
        }
    }

    private KeyAudit() {
    }

    static List<KeyDefect> scan(List<SampleTable> tables) {
        List<KeyDefect> defects = new ArrayList<>();
        Map<String, List<Location>> byKey = new LinkedHashMap<>();
        for (SampleTable table : tables) {
            for (int i = 0; i < table.parts().size(); i++) {
                String key = table.parts().get(i).partNumber();
                if (key == null || key.isBlank()) {
                    String what = key == null ? "NULL" : key.isEmpty() ? "empty string" : "blanks only";
                    defects.add(new KeyDefect(KeyDefect.Kind.BLANK, table.name(), i + 1, key,
                            "key is " + what + " (" + table.parts().get(i).cell(SampleColumns.MANUFACTURER_PART_NUMBER)
                                    + ")"));
                } else {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Location(table, i + 1));
                }
            }
        }
        for (Map.Entry<String, List<Location>> entry : byKey.entrySet()) {
            List<Location> locations = entry.getValue();
            if (locations.size() < 2) {
                continue;
            }
            Location first = locations.get(0);
            for (Location other : locations) {
                String note = other == first
                        ? "first of " + locations.size() + " rows with this key"
                        : "same key as " + first.table().name() + " row " + first.row() + "; differs in "
                                + String.join(", ", differingColumns(first.part(), other.part()));
                defects.add(new KeyDefect(KeyDefect.Kind.DUPLICATE, other.table().name(), other.row(),
                        entry.getKey(), note));
            }
        }
        return defects;
    }

    private static List<String> differingColumns(SamplePart a, SamplePart b) {
        List<String> columns = new ArrayList<>();
        for (String column : a.cells().keySet()) {
            if (b.cells().containsKey(column) && !Objects.equals(a.cell(column), b.cell(column))) {
                columns.add(column);
            }
        }
        return columns;
    }
}
