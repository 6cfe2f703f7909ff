package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the code page of a DbLib written in a Windows ANSI code page: the reading under which most of the DbLib's
 * {@code TableName}s are tables (or sheets) of the database. Read in the wrong code page, a Chinese table name
 * {@code A贴片电阻} becomes {@code AÌùÆ¬µç×è}, which the database does not have. On a tie, and when no name can be
 * checked, the first reading wins: Windows-1252, or the only reading there is.
 */
public final class DbLibEncodingChooser {

    private static final Logger LOG = LoggerFactory.getLogger(DbLibEncodingChooser.class);

    private DbLibEncodingChooser() {
    }

    /**
     * The reading to use, its {@link LibraryDescriptor#encoding()} saying how it was chosen.
     *
     * @param readings the readings of {@link DbLibParser#parseReadings}, Windows-1252 first
     * @param hasTable whether the database has a table the DbLib names; asked once per distinct name
     */
    public static LibraryDescriptor choose(List<LibraryDescriptor> readings, Predicate<TableDescriptor> hasTable) {
        if (readings.size() == 1) {
            return readings.get(0);
        }
        Map<String, Boolean> asked = new HashMap<>();
        LibraryDescriptor best = readings.get(0);
        int bestMatches = -1;
        StringBuilder tally = new StringBuilder();
        for (LibraryDescriptor reading : readings) {
            int matches = 0;
            for (TableDescriptor table : reading.tables()) {
                if (asked.computeIfAbsent(table.tableName(), n -> ask(hasTable, table))) {
                    matches++;
                }
            }
            tally.append(tally.length() == 0 ? "" : ", ").append(reading.encoding().charset()).append(' ').append(matches);
            if (matches > bestMatches) {
                best = reading;
                bestMatches = matches;
            }
        }
        int tables = best.tables().size();
        String basis;
        if (bestMatches <= 0) {
            best = readings.get(0);
            basis = "ANSI code page; no table name matched the database under any code page, so the default";
        } else if (best == readings.get(0)) {
            basis = "ANSI code page; " + bestMatches + " of " + tables + " table names match the database";
        } else {
            basis = "ANSI code page; " + bestMatches + " of " + tables + " table names match the database (matches per "
                    + "code page: " + tally + ")";
        }
        LOG.debug("{}: read as {} ({}); table names matching per code page: {}", best.file(), best.encoding().charset(),
                basis, tally);
        return best.withEncoding(new DbLibEncoding(best.encoding().charset(), basis));
    }

    private static boolean ask(Predicate<TableDescriptor> hasTable, TableDescriptor table) {
        try {
            return hasTable.test(table);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
