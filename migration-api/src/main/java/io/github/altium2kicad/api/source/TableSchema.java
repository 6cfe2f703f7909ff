package io.github.altium2kicad.api.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The columns of one source table, in the source's order, with their names exactly as the database has them.
 *
 * @param tableName the table name as the database spells it
 * @param columns   the column names, in order
 */
public record TableSchema(String tableName, List<String> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
    }

    /** The position of {@code column}: exact match first, then case-insensitive (as Altium compares names). */
    public Optional<Integer> indexOf(String column) {
        int exact = columns.indexOf(column);
        if (exact >= 0) {
            return Optional.of(exact);
        }
        Map<String, Integer> lower = IntStream.range(0, columns.size()).boxed()
                .collect(Collectors.toMap(i -> columns.get(i).toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        return Optional.ofNullable(lower.get(column.toLowerCase(Locale.ROOT)));
    }

    /** The column as the database spells it, looked up case-insensitively. */
    public Optional<String> column(String name) {
        return indexOf(name).map(columns::get);
    }
}
