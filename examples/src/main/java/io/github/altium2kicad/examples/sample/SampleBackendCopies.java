package io.github.altium2kicad.examples.sample;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Copies the sample library into the other file backends Altium users keep their parts in: an Access database
 * ({@code sample-access/Sample.accdb}) and an Excel workbook ({@code sample-excel/Sample.xlsx}, one sheet per
 * table), each with the DbLib Altium writes for it. Every value is copied as text, so all three migrate to the
 * same KiCad library.
 *
 * <p>Command line: {@code SampleBackendCopies <examples folder>} (reads {@code sample/}).
 */
public final class SampleBackendCopies {

    private static final Pattern TABLE_NAME = Pattern.compile("(?m)^TableName=(.*?)\\r?$");

    private SampleBackendCopies() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "examples"));
    }

    /** Writes {@code sample-access/} and {@code sample-excel/} next to {@code sample/} in {@code examples}. */
    public static void write(Path examples) throws IOException, SQLException {
        Path sample = examples.resolve("sample");
        List<TableData> tables = read(sample.resolve("Sample.sqlite"));
        String dbLib = Files.readString(sample.resolve("Sample.DbLib"), StandardCharsets.UTF_8);

        Path access = Files.createDirectories(examples.resolve("sample-access"));
        Files.deleteIfExists(access.resolve("Sample.accdb"));
        writeAccess(access.resolve("Sample.accdb"), tables);
        Files.writeString(access.resolve("Sample.DbLib"), retarget(dbLib,
                "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Altium\\Sample\\Sample.accdb;Persist Security Info=False",
                "Microsoft Access", "Sample.accdb", false), StandardCharsets.UTF_8);

        Path excel = Files.createDirectories(examples.resolve("sample-excel"));
        writeExcel(excel.resolve("Sample.xlsx"), tables);
        Files.writeString(excel.resolve("Sample.DbLib"), retarget(dbLib,
                "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Altium\\Sample\\Sample.xlsx;"
                        + "Extended Properties=\"Excel 12.0 Xml;HDR=YES;IMEX=1\"",
                "Microsoft Excel", "Sample.xlsx", true), StandardCharsets.UTF_8);
    }

    private record TableData(String name, List<String> columns, List<String[]> rows) {
    }

    private static List<TableData> read(Path database) throws SQLException {
        List<TableData> tables = new ArrayList<>();
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource(); // no DriverManager: works under exec:java too
        source.setUrl("jdbc:sqlite:" + database);
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet t = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
                while (t.next()) {
                    names.add(t.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet r = st.executeQuery("SELECT * FROM \"" + name.replace("\"", "\"\"") + "\" ORDER BY rowid")) {
                    int n = r.getMetaData().getColumnCount();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        columns.add(r.getMetaData().getColumnName(i));
                    }
                    List<String[]> rows = new ArrayList<>();
                    while (r.next()) {
                        String[] row = new String[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = r.getString(i + 1);
                        }
                        rows.add(row);
                    }
                    tables.add(new TableData(name, columns, rows));
                }
            }
        }
        return tables;
    }

    private static void writeAccess(Path file, List<TableData> tables) throws IOException {
        try (Database db = new DatabaseBuilder(file.toFile()).setFileFormat(Database.FileFormat.V2010).create()) {
            for (TableData t : tables) {
                TableBuilder builder = new TableBuilder(t.name());
                for (String column : t.columns()) {
                    builder.addColumn(new ColumnBuilder(column, DataType.MEMO)); // long text: descriptions exceed 255
                }
                Table table = builder.toTable(db);
                for (String[] row : t.rows()) {
                    table.addRow((Object[]) row);
                }
            }
        }
    }

    private static void writeExcel(Path file, List<TableData> tables) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            for (TableData t : tables) {
                Sheet sheet = workbook.createSheet(t.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < t.columns().size(); i++) {
                    header.createCell(i).setCellValue(t.columns().get(i));
                }
                int r = 1;
                for (String[] values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            Cell cell = row.createCell(i);
                            cell.setCellValue(values[i]); // text cells: part numbers like 0603 stay text
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The sample's DbLib pointed at another backend; for Excel the tables are sheets named {@code Name$}. */
    private static String retarget(String dbLib, String connectionString, String type, String path, boolean sheets) {
        String out = dbLib.replaceFirst("(?m)^ConnectionString=.*?(\\r?)$", Matcher.quoteReplacement("ConnectionString=" + connectionString) + "$1")
                .replaceFirst("(?m)^LibraryDatabaseType=.*?(\\r?)$", "LibraryDatabaseType=" + type + "$1")
                .replaceFirst("(?m)^LibraryDatabasePath=.*?(\\r?)$", "LibraryDatabasePath=" + path + "$1");
        if (!sheets) {
            return out;
        }
        Matcher m = TABLE_NAME.matcher(dbLib);
        while (m.find()) {
            String table = m.group(1);
            String sheet = table.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_') ? table + "$" : "'" + table + "$'";
            out = out.replace("TableName=" + table + "\r", "TableName=" + sheet + "\r")
                    .replace("FieldName=" + table + ".", "FieldName=" + sheet + ".")
                    .replace("TableNameOnly=" + table + "|", "TableNameOnly=" + sheet + "|");
        }
        return out;
    }
}
