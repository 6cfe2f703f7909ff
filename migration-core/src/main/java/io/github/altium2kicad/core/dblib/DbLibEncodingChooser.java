package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the code page of a DbLib written in a Windows ANSI code page: the reading under which most of the DbLib's
 * {@code TableName}s are tables (or sheets) of the database. Read in the wrong code page, a Chinese table name
 * {@code A贴片电阻} becomes {@code AÌùÆ¬µç×è}, which the database does not have. When table names tie (they are
 * ASCII, say, while the column names are Chinese), the reading under which most field-mapped column names are
 * columns of those tables wins. On a full tie, and when nothing can be checked, the first reading wins: Windows-1252,
 * or the one the caller found the database with.
 */
public final class DbLibEncodingChooser {

    private static final Logger LOG = LoggerFactory.getLogger(DbLibEncodingChooser.class);

    private DbLibEncodingChooser() {
    }

    /** How well one reading fits the database. */
    private record Score(LibraryDescriptor reading, int tables, int columns) {
    }

    /**
     * The reading to use, its {@link LibraryDescriptor#encoding()} saying how it was chosen.
     *
     * @param readings  the readings of {@link DbLibParser#parseReadings}, the one to prefer on a tie first
     * @param hasTable  whether the database has a table the DbLib names; asked once per distinct name, must not fail
     * @param columnsOf the columns of a table the database has (empty if they cannot be read); asked only on a tie
     */
    public static LibraryDescriptor choose(List<LibraryDescriptor> readings, Predicate<TableDescriptor> hasTable,
                                           Function<TableDescriptor, List<String>> columnsOf) {
        if (readings.size() == 1) {
            return readings.get(0);
        }
        Map<String, Boolean> asked = new HashMap<>();
        List<Score> scores = new ArrayList<>();
        int bestTables = 0;
        for (LibraryDescriptor reading : readings) {
            int matches = 0;
            for (TableDescriptor table : reading.tables()) {
                if (asked.computeIfAbsent(table.tableName(), n -> ask(hasTable, table))) {
                    matches++;
                }
            }
            scores.add(new Score(reading, matches, 0));
            bestTables = Math.max(bestTables, matches);
        }
        int top = bestTables;
        List<Score> tied = scores.stream().filter(s -> s.tables() == top).toList();
        boolean byColumns = false;
        String columnTally = "";
        int mappedColumns = 0;
        if (top > 0 && tied.size() > 1) {
            Map<String, List<String>> columns = new HashMap<>();
            List<Score> rescored = new ArrayList<>();
            for (Score s : tied) {
                int matches = 0;
                for (TableDescriptor table : s.reading().tables()) {
                    if (!asked.getOrDefault(table.tableName(), false)) {
                        continue;
                    }
                    List<String> have = columns.computeIfAbsent(table.tableName(), n -> lowerColumns(columnsOf, table));
                    for (FieldMapping mapping : table.fieldMappings()) {
                        if (have.contains(mapping.columnName().strip().toLowerCase(Locale.ROOT))) {
                            matches++;
                        }
                    }
                }
                rescored.add(new Score(s.reading(), s.tables(), matches));
            }
            int bestColumns = rescored.stream().mapToInt(Score::columns).max().orElse(0);
            columnTally = String.join(", ", rescored.stream().map(s -> s.reading().encoding().charset() + " " + s.columns()).toList());
            mappedColumns = rescored.get(0).reading().tables().stream().filter(t -> asked.getOrDefault(t.tableName(), false))
                    .mapToInt(t -> t.fieldMappings().size()).sum();
            byColumns = rescored.stream().filter(s -> s.columns() == bestColumns).count() < rescored.size();
            tied = rescored.stream().filter(s -> s.columns() == bestColumns).toList();
        }
        Score best = tied.get(0);
        String tally = String.join(", ", scores.stream().map(s -> s.reading().encoding().charset() + " " + s.tables()).toList());
        String basis;
        if (top == 0) {
            best = scores.get(0);
            basis = "ANSI code page; no table name matched the database under any code page, so the default";
        } else {
            basis = "ANSI code page; " + top + " of " + best.reading().tables().size() + " table names match the database"
                    + (byColumns ? " under " + scores.stream().filter(s -> s.tables() == top).count() + " code pages, and "
                    + best.columns() + " of " + mappedColumns + " field-mapped column names under this one (column names "
                    + "matching per code page: " + columnTally + ")"
                    : best.reading() == readings.get(0) ? "" : " (table names matching per code page: " + tally + ")");
        }
        LOG.debug("{}: read as {} ({}); table names matching per code page: {}", best.reading().file(),
                best.reading().encoding().charset(), basis, tally);
        return best.reading().withEncoding(new DbLibEncoding(best.reading().encoding().charset(), basis));
    }

    private static boolean ask(Predicate<TableDescriptor> hasTable, TableDescriptor table) {
        try {
            return hasTable.test(table);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> lowerColumns(Function<TableDescriptor, List<String>> columnsOf, TableDescriptor table) {
        try {
            return columnsOf.apply(table).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
