package io.github.altium2kicad.examples.sample;

import io.github.altium2kicad.testkit.SqliteLibraryDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads generated sample files back for the tests: DbLib sections, SQLite tables, CSV lines. */
final class SampleFiles {

    /** One {@code [Name]} section of a DbLib with its {@code key=value} lines in order. */
    record Section(String name, Map<String, String> values) {
    }

    /** A table's column names and its rows in rowid order. */
    record TableData(List<String> columns, List<List<String>> rows) {
    }

    private SampleFiles() {
    }

    static String dbLibText(Path dbLib) throws IOException {
        return new String(Files.readAllBytes(dbLib), Charset.forName("windows-1252"));
    }

    static List<Section> sections(Path dbLib) throws IOException {
        List<Section> sections = new ArrayList<>();
        for (String line : dbLibText(dbLib).split("\r\n")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                sections.add(new Section(line.substring(1, line.length() - 1), new LinkedHashMap<>()));
            } else if (!line.isEmpty()) {
                int eq = line.indexOf('=');
                sections.get(sections.size() - 1).values().put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return sections;
    }

    /** The {@code Options=} of a {@code [FieldMapN]} section split into its {@code |}-separated pairs. */
    static Map<String, String> fieldMapOptions(Section section) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : section.values().get("Options").split("\\|")) {
            int eq = pair.indexOf('=');
            options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return options;
    }

    static Map<String, TableData> tables(Path database) throws SQLException {
        Map<String, TableData> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT * FROM " + SqliteLibraryDatabase.quote(name) + " ORDER BY rowid")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    List<List<String>> rows = new ArrayList<>();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                    tables.put(name, new TableData(columns, rows));
                }
            }
        }
        return tables;
    }

    /** RFC 4180 records of a CSV text (quoted fields may hold commas and doubled quotes). */
    static List<List<String>> csv(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
