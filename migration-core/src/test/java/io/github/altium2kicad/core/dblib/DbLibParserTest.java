package io.github.altium2kicad.core.dblib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor.KeySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DbLib files built in a temporary folder: encodings, line ends, variants and every error. */
class DbLibParserTest {

    /** A small but complete DbLib, one line per element, with non-ASCII table names. */
    static final List<String> SAMPLE = List.of(
            "[OutputDatabaseLinkFile]",
            "Version=1.1",
            "[DatabaseLinks]",
            "ConnectionString=Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.accdb;"
                    + "Persist Security Info=False",
            "AddMode=3",
            "LeftQuote=[",
            "RightQuote=]",
            "QuoteTableNames=1",
            "UseTableSchemaName=0",
            "LibraryDatabaseType=Microsoft Access",
            "LibraryDatabasePath=parts.accdb",
            "DatabasePathRelative=1",
            "LibrarySearchPath=C:\\Altium\\SchLibs;;.\\PcbLibs; ",
            "SearchSubDirectories=True",
            "SchemaName=",
            "[Table1]",
            "SchemaName=",
            "TableName=Resistors",
            "Enabled=True",
            "UserWhere=0",
            "UserWhereText=",
            "[Table2]",
            "SchemaName=",
            "TableName=Capacitors µF Ø",
            "Enabled=False",
            "UserWhere=1",
            "UserWhereText=[Part Number] = '{Part Number}'",
            "[FieldMap1]",
            "Options=FieldName=Resistors.Part Number|TableNameOnly=Resistors|FieldNameOnly=Part Number|FieldType=0"
                    + "|ParameterName=Part Number|VisibleOnAdd=False|AddMode=0|RemoveMode=0|UpdateMode=0",
            "[FieldMap2]",
            "Options=FieldName=Resistors.Value|TableNameOnly=resistors|FieldNameOnly=Value|FieldType=1"
                    + "|ParameterName=Value|VisibleOnAdd=True|AddMode=0|RemoveMode=0|UpdateMode=0",
            "[FieldMap3]",
            "Options=FieldName=Capacitors µF Ø.Library Ref|TableNameOnly=Capacitors µF Ø|FieldNameOnly=Library Ref"
                    + "|FieldType=1|ParameterName=[Library Ref]|VisibleOnAdd=1|AddMode=0|RemoveMode=0|UpdateMode=0");

    @TempDir
    Path dir;

    private final DbLibParser parser = new DbLibParser();

    private Path write(String name, List<String> lines, String lineEnd, Charset charset) {
        return writeBytes(name, (String.join(lineEnd, lines) + lineEnd).getBytes(charset));
    }

    private Path write(String name, List<String> lines) {
        return write(name, lines, "\r\n", StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> with(List<String> lines, String... more) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> replace(List<String> lines, String from, String to) {
        return lines.stream().map(l -> l.equals(from) ? to : l).toList();
    }

    private static List<String> without(List<String> lines, String line) {
        return lines.stream().filter(l -> !l.equals(line)).toList();
    }

    /** Everything but the file path, to compare descriptors read from different files. */
    private static String content(LibraryDescriptor library) {
        return library.version() + library.links() + library.tables() + library.fieldMappings();
    }

    private MigrationException badInput(Path file) {
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> parser.parse(file));
        assertThat(e).as("parsing %s should fail", file).isNotNull();
        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains(file.toString());
        return e;
    }

    // ------------------------------------------------------------------ the sample, field by field

    @Test
    void readsEverySection() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", SAMPLE));

        assertThat(library.version()).isEqualTo("1.1");
        assertThat(library.baseName()).isEqualTo("Parts");
        assertThat(library.links().librarySearchPaths()).containsExactly("C:\\Altium\\SchLibs", ".\\PcbLibs");
        assertThat(library.links().searchSubDirectories()).isTrue();
        assertThat(library.links().quoteTableNames()).isTrue();
        assertThat(library.links().databasePathRelative()).isTrue();
        assertThat(library.links().libraryDatabasePath()).isEqualTo("parts.accdb");
        assertThat(library.links().connectionString().get("Data Source")).contains("C:\\lib\\parts.accdb");

        assertThat(library.tables()).extracting(TableDescriptor::tableName)
                .containsExactly("Resistors", "Capacitors µF Ø");
        TableDescriptor resistors = library.tables().get(0);
        assertThat(resistors.fieldMappings()).extracting(FieldMapping::columnName)
                .containsExactly("Part Number", "Value"); // "resistors" matched case-insensitively
        assertThat(resistors.fieldMappings().get(1).visibleOnAdd()).isTrue();
        assertThat(resistors.keyColumn()).contains("Part Number");
        assertThat(resistors.keySource()).isEqualTo(KeySource.FIELD_TYPE);

        TableDescriptor capacitors = library.tables().get(1);
        assertThat(capacitors.userWhere()).isTrue();
        assertThat(capacitors.fieldMappings()).singleElement().satisfies(m -> {
            assertThat(m.parameterName()).isEqualTo("[Library Ref]");
            assertThat(m.isSystemParameter()).isTrue();
            assertThat(m.visibleOnAdd()).isTrue(); // "1"
        });
        // no FieldType=0 map here: UserWhereText names the key
        assertThat(capacitors.keyColumn()).contains("Part Number");
        assertThat(capacitors.keySource()).isEqualTo(KeySource.USER_WHERE_TEXT);
    }

    @Test
    void disabledTableIsKeptButNotEnabled() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", SAMPLE));

        assertThat(library.tables()).extracting(TableDescriptor::enabled).containsExactly(true, false);
        assertThat(library.enabledTables()).extracting(TableDescriptor::tableName).containsExactly("Resistors");
    }

    @Test
    void storesTheAbsoluteNormalizedPath() {
        Path file = write("sub/Parts.DbLib", SAMPLE);
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("sub/../sub/Parts.DbLib"));

        LibraryDescriptor library = parser.parse(relative);

        assertThat(library.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(library.folder()).isEqualTo(file.toAbsolutePath().normalize().getParent());
    }

    // ------------------------------------------------------------------ line ends and encodings

    @Test
    void crlfLfAndCrGiveIdenticalDescriptors() {
        String crlf = content(parser.parse(write("crlf/Parts.DbLib", SAMPLE, "\r\n", StandardCharsets.UTF_8)));
        String lf = content(parser.parse(write("lf/Parts.DbLib", SAMPLE, "\n", StandardCharsets.UTF_8)));
        String cr = content(parser.parse(write("cr/Parts.DbLib", SAMPLE, "\r", StandardCharsets.UTF_8)));
        String mixed = content(parser.parse(writeBytes("mixed/Parts.DbLib",
                (String.join("\r\n", SAMPLE.subList(0, 10)) + "\n" + String.join("\r", SAMPLE.subList(10,
                        SAMPLE.size()))).getBytes(StandardCharsets.UTF_8))));

        assertThat(lf).isEqualTo(crlf);
        assertThat(cr).isEqualTo(crlf);
        assertThat(mixed).isEqualTo(crlf);
        assertThat(crlf).doesNotContain("\r").contains("Capacitors µF Ø");
    }

    @Test
    void byteOrderMarksAndUtf16() {
        String expected = content(parser.parse(write("plain/Parts.DbLib", SAMPLE)));
        String text = String.join("\r\n", SAMPLE) + "\r\n";

        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] utf16LeBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16BeBom = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf16LeNoBom = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16BeNoBom = text.getBytes(StandardCharsets.UTF_16BE);

        assertThat(content(parser.parse(writeBytes("utf8bom/Parts.DbLib", utf8Bom)))).isEqualTo(expected);
        assertThat(content(parser.parse(writeBytes("le/Parts.DbLib", utf16LeBom)))).isEqualTo(expected);
        assertThat(content(parser.parse(writeBytes("be/Parts.DbLib", utf16BeBom)))).isEqualTo(expected);
        assertThat(content(parser.parse(writeBytes("le0/Parts.DbLib", utf16LeNoBom)))).isEqualTo(expected);
        assertThat(content(parser.parse(writeBytes("be0/Parts.DbLib", utf16BeNoBom)))).isEqualTo(expected);
    }

    @Test
    void windows1252Bytes() {
        // 0xB5 is µ and 0xD8 is Ø in Windows-1252; alone they are not valid UTF-8
        Path file = write("Parts.DbLib", SAMPLE, "\r\n", Charset.forName("windows-1252"));
        try {
            assertThat(Files.readAllBytes(file)).contains((byte) 0xB5, (byte) 0xD8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        LibraryDescriptor library = parser.parse(file);

        assertThat(library.tables().get(1).tableName()).isEqualTo("Capacitors µF Ø");
        assertThat(library.tables().get(1).fieldMappings()).hasSize(1);
        assertThat(content(library)).isEqualTo(content(parser.parse(write("utf8/Parts.DbLib", SAMPLE))));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ------------------------------------------------------------------ variants of the format

    @Test
    void svnDbLibWithExtraSections() {
        List<String> lines = new java.util.ArrayList<>(SAMPLE);
        lines.addAll(2, List.of("[SVNDbLibSettings]", "RepositoryURL=svn://example.invalid/lib",
                "SymbolsDirectory=Symbols", "a line the parser does not need", "[Table1Extra]", "X=Y"));
        lines.addAll(List.of("[RevisionState]", "State1=Released"));

        LibraryDescriptor library = parser.parse(write("Parts.SVNDbLib", lines));

        assertThat(library.baseName()).isEqualTo("Parts");
        assertThat(content(library)).isEqualTo(content(parser.parse(write("plain/Parts.DbLib", SAMPLE))));
    }

    @Test
    void keysAndSectionNamesAreCaseInsensitiveAndCommentsAreSkipped() {
        List<String> lines = SAMPLE.stream()
                .map(l -> l.startsWith("[") ? l.toLowerCase(java.util.Locale.ROOT)
                        : l.contains("=") ? l.substring(0, l.indexOf('=')).toUpperCase(java.util.Locale.ROOT)
                        + l.substring(l.indexOf('=')) : l)
                .toList();
        lines = with(List.of("; written by hand", ""), lines.toArray(String[]::new));
        lines = with(lines, "", "# the end", "   ");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        assertThat(library.tables()).hasSize(2);
        assertThat(library.tables().get(0).fieldMappings()).hasSize(2);
        assertThat(library.tables().get(1).keySource()).isEqualTo(KeySource.USER_WHERE_TEXT);
        assertThat(library.links().leftQuote()).isEqualTo("[");
        // the options map keeps option keys as written
        assertThat(library.fieldMappings().get(0).options()).containsKey("FieldName");
    }

    @Test
    void valuesKeepEverythingAfterTheFirstEquals() {
        List<String> lines = replace(SAMPLE, "UserWhereText=[Part Number] = '{Part Number}'",
                "UserWhereText=[Part Number]='{Part Number}' AND [Rev] = '=A='");

        TableDescriptor capacitors = parser.parse(write("Parts.DbLib", lines)).tables().get(1);

        assertThat(capacitors.userWhereText()).isEqualTo("[Part Number]='{Part Number}' AND [Rev] = '=A='");
        assertThat(capacitors.keyColumn()).contains("Part Number");
    }

    @Test
    void tablesKeepFileOrderAndTheirNumbers() {
        List<String> lines = with(SAMPLE.subList(0, 15), "[Table7]", "TableName=Seventh", "[Table3]",
                "TableName=Third", "[Table5]", "TableName=Fifth", "Enabled=0");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        assertThat(library.tables()).extracting(TableDescriptor::index).containsExactly(7, 3, 5);
        assertThat(library.tables()).extracting(TableDescriptor::tableName)
                .containsExactly("Seventh", "Third", "Fifth");
        assertThat(library.tables()).extracting(TableDescriptor::enabled).containsExactly(true, true, false);
        assertThat(library.tables()).allSatisfy(t -> assertThat(t.keySource()).isEqualTo(KeySource.CONVENTION));
    }

    @Test
    void tableNamesWithDotsUseTableNameOnly() {
        List<String> lines = with(SAMPLE.subList(0, 15),
                "[Table1]", "TableName=Std.Parts.v2",
                "[Table2]", "TableName=Std",
                "[FieldMap1]",
                "Options=FieldName=Std.Parts.v2.Part No.|TableNameOnly=Std.Parts.v2|FieldNameOnly=Part No."
                        + "|FieldType=0|ParameterName=Part No.|VisibleOnAdd=False",
                // no TableNameOnly/FieldNameOnly: split FieldName after the longest known table name
                "[FieldMap2]",
                "Options=FieldName=Std.Parts.v2.Value|FieldType=1|ParameterName=Value",
                "[FieldMap3]",
                "Options=FieldName=Std.Value|FieldType=1");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        TableDescriptor std2 = library.tables().get(0);
        assertThat(std2.fieldMappings()).extracting(FieldMapping::columnName).containsExactly("Part No.", "Value");
        assertThat(std2.keyColumn()).contains("Part No.");
        assertThat(library.tables().get(1).fieldMappings()).singleElement().satisfies(m -> {
            assertThat(m.columnName()).isEqualTo("Value");
            assertThat(m.parameterName()).isEqualTo("Value"); // absent ParameterName: the column name
            assertThat(m.visibleOnAdd()).isFalse();
        });
    }

    @Test
    void fieldMapForAMissingTableIsKeptInTheLibraryOnly() {
        List<String> lines = with(SAMPLE, "[FieldMap4]",
                "Options=FieldName=Gone.Value|TableNameOnly=Gone|FieldNameOnly=Value|FieldType=1|ParameterName=Value");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        assertThat(library.fieldMappings()).hasSize(4);
        assertThat(library.fieldMappings().get(3).tableName()).isEqualTo("Gone");
        assertThat(library.tables()).flatExtracting(TableDescriptor::fieldMappings).hasSize(3);
        assertThat(warningsOf(library, MigrationWarning.Kind.ORPHAN_FIELD_MAP)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("[FieldMap4]").contains("'Gone'"));
    }

    @Test
    void fieldMapsWithASchemaInFrontOfTheTableNameBelongToTheTable() {
        // a real MySQL/SQL Server library: [Table1] TableName=Resistors, the field maps say altium.Resistors
        List<String> lines = with(replace(SAMPLE, "TableName=Capacitors µF Ø", "TableName=[dbo].[Capacitors]"),
                "[FieldMap4]",
                "Options=FieldName=altium.Resistors.Footprint Ref|TableNameOnly=altium.Resistors|FieldNameOnly=Footprint Ref"
                        + "|FieldType=1|ParameterName=[Footprint Ref]|VisibleOnAdd=False",
                "[FieldMap5]",
                "Options=FieldName=Resistors.Tolerance|TableNameOnly=`parts`.`resistors`|FieldNameOnly=Tolerance|FieldType=1"
                        + "|ParameterName=Tolerance|VisibleOnAdd=True",
                "[FieldMap6]",
                "Options=FieldName=dbo.Capacitors.Value|TableNameOnly=dbo.Capacitors|FieldNameOnly=Value|FieldType=1"
                        + "|ParameterName=Value|VisibleOnAdd=True",
                "[FieldMap7]",
                "Options=FieldName=\"dbo\".\"Capacitors\".Part Number|FieldType=0|ParameterName=Part Number");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        assertThat(library.warnings()).singleElement() // the sample's FieldMap3 names the table renamed here
                .satisfies(w -> assertThat(w.message()).contains("[FieldMap3]").contains("'Capacitors µF Ø'"));
        assertThat(library.tables().get(0).fieldMappings()).extracting(FieldMapping::columnName)
                .containsExactly("Part Number", "Value", "Footprint Ref", "Tolerance");
        assertThat(library.tables().get(0).columnForSystemParameter("Footprint Ref")).contains("Footprint Ref");
        assertThat(library.tables().get(1).fieldMappings()).extracting(FieldMapping::columnName)
                .containsExactly("Value", "Part Number");
        assertThat(library.tables().get(1).keyColumn()).contains("Part Number");
        assertThat(library.tables().get(1).keySource()).isEqualTo(KeySource.FIELD_TYPE);
    }

    @Test
    void keyColumnFromUserWhereTextWithTheDbLibQuotes() {
        List<String> lines = with(SAMPLE.subList(0, 15),
                "[Table1]", "TableName=Backticks", "UserWhereText=`Internal PN` = '{Internal PN}'",
                "[Table2]", "TableName=Brackets", "UserWhereText= ( [Parts].[Stock Code]='{Stock Code}')",
                "[Table3]", "TableName=Double", "UserWhereText=\"Code\" = '{Code}'",
                "[Table4]", "TableName=Placeholder", "UserWhereText={MPN} = '{MPN}'",
                "[Table5]", "TableName=Plain", "UserWhereText=PartNo = '{PartNo}'",
                "[Table6]", "TableName=Unreadable", "UserWhereText=UPPER([Code]) LIKE '{Code}'",
                "[Table7]", "TableName=Both", "UserWhereText=[Other] = '{Other}'",
                "[FieldMap1]", "Options=TableNameOnly=Both|FieldNameOnly=Real Key|FieldType=0");
        lines = replace(replace(lines, "LeftQuote=[", "LeftQuote=`"), "RightQuote=]", "RightQuote=`");

        List<TableDescriptor> tables = parser.parse(write("Parts.DbLib", lines)).tables();

        assertThat(tables).extracting(t -> t.keyColumn().orElseThrow())
                .containsExactly("Internal PN", "Stock Code", "Code", "MPN", "PartNo", "Part Number", "Real Key");
        assertThat(tables).extracting(TableDescriptor::keySource).containsExactly(
                KeySource.USER_WHERE_TEXT, KeySource.USER_WHERE_TEXT, KeySource.USER_WHERE_TEXT,
                KeySource.USER_WHERE_TEXT, KeySource.USER_WHERE_TEXT, KeySource.CONVENTION, KeySource.FIELD_TYPE);
    }

    // ------------------------------------------------------------------ connection strings

    private ConnectionString connectionOf(String connectionString) {
        List<String> lines = replace(SAMPLE, SAMPLE.get(3), "ConnectionString=" + connectionString);
        return parser.parse(write("cs/Parts.DbLib", lines)).links().connectionString();
    }

    @Test
    void sqliteThroughMsdasqlWithQuotedExtendedProperties() {
        ConnectionString cs = connectionOf("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties="
                + "\"Driver={SQLite3 ODBC Driver};Database=C:\\lib\\parts.db;StepAPI=0;\"");

        assertThat(cs.get("Provider")).contains("MSDASQL.1");
        ConnectionString odbc = cs.extendedProperties().orElseThrow();
        assertThat(odbc.getUnbraced("Driver")).contains("SQLite3 ODBC Driver");
        assertThat(odbc.get("Database")).contains("C:\\lib\\parts.db");
        assertThat(odbc.get("StepAPI")).contains("0");
        assertThat(DatabaseFileLocator.databasePathIn(cs)).contains("C:\\lib\\parts.db");
    }

    @Test
    void excelWithQuotedExtendedProperties() {
        ConnectionString cs = connectionOf("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=parts.xlsx;"
                + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"");

        assertThat(cs.get("Data Source")).contains("parts.xlsx");
        ConnectionString excel = cs.extendedProperties().orElseThrow();
        assertThat(excel.keys()).containsExactly("Excel 12.0", "HDR", "IMEX");
        assertThat(excel.get("HDR")).contains("Yes");
        assertThat(excel.get("IMEX")).contains("1");
        assertThat(cs.redacted()).contains("Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"");
        assertThat(DatabaseFileLocator.databasePathIn(cs)).contains("parts.xlsx");
    }

    @Test
    void doubledAndSingleQuotesAndBraces() {
        ConnectionString cs = connectionOf("Provider=MSDASQL.1;Data Source='C:\\Bob''s parts\\p.mdb';"
                + "Description=\"a \"\"quoted\"\" word; and a semicolon\";"
                + "PWD={se;cr=et};Extended Properties=\"Driver={Odd;Driver};UID=me;PWD=\"\"x;y\"\"\"");

        assertThat(cs.get("Data Source")).contains("C:\\Bob's parts\\p.mdb");
        assertThat(cs.get("Description")).contains("a \"quoted\" word; and a semicolon");
        assertThat(cs.get("PWD")).contains("{se;cr=et}");
        ConnectionString nested = cs.extendedProperties().orElseThrow();
        assertThat(nested.get("Driver")).contains("{Odd;Driver}");
        assertThat(nested.get("PWD")).contains("x;y");
        assertThat(cs.redacted()).doesNotContain("se;cr").doesNotContain("x;y").contains("UID=me");
        assertThat(cs.hasSecrets()).isTrue();
    }

    @Test
    void blankConnectionStringWithLibraryDatabasePathIsAccepted() {
        List<String> lines = replace(SAMPLE, SAMPLE.get(3), "ConnectionString=");

        LibraryDescriptor library = parser.parse(write("Parts.DbLib", lines));

        assertThat(library.links().connectionString().keys()).isEmpty();
        assertThat(library.links().libraryDatabasePath()).isEqualTo("parts.accdb");
    }

    // ------------------------------------------------------------------ errors

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.DbLib");
        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(MigrationException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no such file")
                .extracting(e -> ((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
    }

    @Test
    void directory() {
        assertThat(badInput(dir).getMessage()).contains("is a directory").contains(".DbLib");
    }

    @Test
    void emptyFile() {
        assertThat(badInput(write("empty.DbLib", "")).getMessage()).contains("is empty");
        assertThat(badInput(write("blank.DbLib", " \r\n\r\n")).getMessage()).contains("is empty");
        assertThat(badInput(writeBytes("bom.DbLib", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .getMessage()).contains("is empty");
    }

    @Test
    void binaryFile() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 0; // an Access database starts with 00 01 00 00
        bytes[1] = 1;

        assertThat(badInput(writeBytes("parts.mdb", bytes)).getMessage())
                .contains("binary").contains("is this an Altium .DbLib file?");
    }

    @Test
    void textWithoutDatabaseLinks() {
        Path file = write("notes.DbLib", List.of("[General]", "Name=Something else", "[Table1]", "TableName=x"));

        assertThat(badInput(file).getMessage())
                .isEqualTo(file + " has no [DatabaseLinks] section; is this an Altium .DbLib file?");
        assertThat(badInput(write("prose.DbLib", "Just some prose, no sections at all.\n")).getMessage())
                .contains("has no [DatabaseLinks] section; is this an Altium .DbLib file?");
    }

    @Test
    void noConnectionStringAndNoLibraryDatabasePathIsAnErrorOnlyWithoutDatabaseOverride() {
        List<String> lines = replace(without(SAMPLE, SAMPLE.get(3)), "LibraryDatabasePath=parts.accdb",
                "LibraryDatabasePath=  ");
        Path file = write("Parts.DbLib", lines);

        LibraryDescriptor library = parser.parse(file); // --database may still say where the parts are
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> new io.github.altium2kicad.core.internal.source.SourceLocator().locate(library, java.util.Optional.empty()));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains(file.toString()).contains("[DatabaseLinks]").contains("ConnectionString")
                .contains("LibraryDatabasePath").contains("--database");
        Path parts = write("parts.sqlite", "");
        assertThat(new io.github.altium2kicad.core.internal.source.SourceLocator()
                .locate(library, java.util.Optional.of(parts.toString())).file()).contains(parts);
    }

    private static List<MigrationWarning> warningsOf(LibraryDescriptor library, MigrationWarning.Kind kind) {
        return library.warnings().stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void malformedLineIsIgnoredWithAWarning() {
        Path file = write("Parts.DbLib", replace(SAMPLE, "UserWhere=0", "UserWhere 0"));

        LibraryDescriptor library = parser.parse(file);

        assertThat(library.tables()).hasSize(2);
        assertThat(library.tables().get(0).userWhere()).isFalse();
        assertThat(warningsOf(library, MigrationWarning.Kind.MALFORMED_LINE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains(file.toString()).contains("line 20")
                        .contains("section [Table1]").contains("no '='"));
    }

    @Test
    void textBeforeTheFirstSectionIsIgnoredWithAWarning() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib",
                with(List.of("Version=1.1"), SAMPLE.toArray(String[]::new))));

        assertThat(library.tables()).hasSize(2);
        assertThat(warningsOf(library, MigrationWarning.Kind.MALFORMED_LINE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("line 1").contains("before the first [section]"));
    }

    @Test
    void fieldMapWithoutOptionsIsLeftOutWithAWarning() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", with(SAMPLE, "[FieldMap4]", "Option=FieldName=Resistors.X")));

        assertThat(library.fieldMappings()).extracting(FieldMapping::index).containsExactly(1, 2, 3);
        assertThat(warningsOf(library, MigrationWarning.Kind.INCOMPLETE_SECTION)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("[FieldMap4]").contains("line 34").contains("Options"));
    }

    @Test
    void unparseableConnectionString() {
        List<String> lines = replace(SAMPLE, SAMPLE.get(3),
                "ConnectionString=Provider=SQLOLEDB;Data Source=srv;User ID=sa;Password='hunter2;Initial Catalog=P");

        MigrationException e = badInput(write("Parts.DbLib", lines));

        assertThat(e.getMessage()).contains("line 4").contains("[DatabaseLinks]").contains("ConnectionString")
                .contains("never closed").doesNotContain("hunter2").doesNotContain("User ID=sa");
    }

    @Test
    void badBooleanAndFieldTypeGiveTheDefaultWithAWarning() {
        LibraryDescriptor a = parser.parse(write("a/Parts.DbLib", replace(SAMPLE, "Enabled=False", "Enabled=maybe")));
        assertThat(a.tables().get(1).enabled()).isTrue(); // Enabled defaults to True
        assertThat(warningsOf(a, MigrationWarning.Kind.INVALID_VALUE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("line 25").contains("[Table2]").contains("True/False"));

        List<String> lines = replace(SAMPLE, SAMPLE.get(28), SAMPLE.get(28).replace("FieldType=0", "FieldType=x"));
        LibraryDescriptor b = parser.parse(write("b/Parts.DbLib", lines));
        assertThat(b.fieldMappings().get(0).fieldType()).isEqualTo(1);
        assertThat(b.tables().get(0).keySource()).isEqualTo(KeySource.CONVENTION);
        assertThat(warningsOf(b, MigrationWarning.Kind.INVALID_VALUE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("line 29").contains("[FieldMap1]").contains("FieldType"));
    }

    @Test
    void tableWithoutNameIsLeftOutWithAWarning() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", replace(SAMPLE, "TableName=Resistors", "TableName=")));

        assertThat(library.tables()).extracting(TableDescriptor::index).containsExactly(2);
        assertThat(warningsOf(library, MigrationWarning.Kind.INCOMPLETE_SECTION)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("[Table1]").contains("TableName"));
    }

    @Test
    void identicalRepeatedSectionIsIgnoredWithOneWarning() {
        // as seen in a real library: [FieldMap3] written twice, byte for byte
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", with(SAMPLE, SAMPLE.get(31), SAMPLE.get(32))));

        assertThat(library.fieldMappings()).extracting(FieldMapping::index).containsExactly(1, 2, 3);
        assertThat(library.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(MigrationWarning.Kind.REPEATED_SECTION);
            assertThat(w.message()).contains("[FieldMap3]").contains("line 34").contains("line 32").contains("same content");
        });
    }

    @Test
    void repeatedSectionWithOtherContentUsesTheFirstOneAsAltiumDoes() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", with(SAMPLE, "[Table1]", "TableName=Again",
                "Enabled=True")));

        assertThat(library.tables()).extracting(TableDescriptor::tableName).containsExactly("Resistors", "Capacitors µF Ø");
        assertThat(library.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(MigrationWarning.Kind.CONFLICTING_SECTION);
            assertThat(w.message()).contains("[Table1]").contains("line 34").contains("first at line 16")
                    .contains("TableName").contains("line 16 is used");
        });
    }

    @Test
    void keySetTwiceKeepsTheFirstValue() {
        LibraryDescriptor library = parser.parse(write("Parts.DbLib", replace(SAMPLE, "TableName=Resistors",
                "TableName=Resistors\r\nTableName=Widerstände")));

        assertThat(library.tables().get(0).tableName()).isEqualTo("Resistors");
        assertThat(warningsOf(library, MigrationWarning.Kind.REPEATED_KEY)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("line 19").contains("first at line 18"));
    }
}
