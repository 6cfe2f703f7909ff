package io.github.altium2kicad.core.dblib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor.KeySource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Altium-written DbLib files in {@code src/test/resources/dblib} (see the README there). */
class DbLibParserFixtureTest {

    private final DbLibParser parser = new DbLibParser();

    static Path fixture(String name) {
        try {
            return Path.of(DbLibParserFixtureTest.class.getResource("/dblib/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TableDescriptor table(LibraryDescriptor library, String name) {
        return library.tables().stream().filter(t -> t.tableName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void accessManyTables() {
        LibraryDescriptor library = parser.parse(fixture("access-many-tables.DbLib"));

        assertThat(library.file()).isAbsolute().isEqualTo(library.file().normalize());
        assertThat(library.baseName()).isEqualTo("access-many-tables");
        assertThat(library.version()).isEqualTo("1.1");
        assertThat(library.tables()).hasSize(98);
        assertThat(library.enabledTables()).hasSize(98);
        assertThat(library.fieldMappings()).hasSize(588);
        assertThat(library.tables()).extracting(TableDescriptor::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 98).boxed().toList());
        assertThat(library.tables().get(0).tableName()).isEqualTo("AVX Corporation");
        assertThat(library.tables().get(97).tableName()).isEqualTo("__Template");
        // every field map belongs to a table, and every table has its FieldType=0 "Part Number"
        assertThat(library.tables().stream().mapToInt(t -> t.fieldMappings().size()).sum()).isEqualTo(588);
        assertThat(library.tables()).allSatisfy(t -> {
            assertThat(t.keyColumn()).contains("Part Number");
            assertThat(t.keySource()).isEqualTo(KeySource.FIELD_TYPE);
        });

        var links = library.links();
        assertThat(links.leftQuote()).isEqualTo("[");
        assertThat(links.rightQuote()).isEqualTo("]");
        assertThat(links.quoteTableNames()).isTrue();
        assertThat(links.useTableSchemaName()).isFalse();
        assertThat(links.libraryDatabaseType()).isEqualTo("Microsoft Access");
        assertThat(links.libraryDatabasePath()).isEqualTo("AlbertaSat.mdb");
        assertThat(links.databasePathRelative()).isTrue();
        assertThat(links.librarySearchPaths()).isEmpty();
        assertThat(links.searchSubDirectories()).isFalse();
        assertThat(links.settings()).containsEntry("LastFocusedTable", "__Template")
                .containsEntry("AddMode", "3").containsEntry("OrcadMultiValueDelimiter", ",")
                .doesNotContainKey("ConnectionString");

        ConnectionString connection = links.connectionString();
        assertThat(connection.get("Provider")).contains("MICROSOFT.ACE.OLEDB.12.0");
        assertThat(connection.get("data source"))
                .contains("C:\\Users\\sdamk\\Documents\\albertasat\\libraries\\AlbertaSat.mdb");
        assertThat(connection.get("Persist Security Info")).contains("False");
        assertThat(connection.hasSecrets()).isFalse();
        assertThat(DatabaseFileLocator.databasePathIn(connection))
                .contains("C:\\Users\\sdamk\\Documents\\albertasat\\libraries\\AlbertaSat.mdb");

        TableDescriptor avx = table(library, "AVX Corporation");
        assertThat(avx.fieldMappings()).extracting(FieldMapping::columnName)
                .containsExactly("Part Number", "Library Ref", "Library Path", "Footprint Path", "Footprint Ref",
                        "Description");
        assertThat(avx.fieldMappings()).extracting(FieldMapping::index).containsExactly(1, 2, 3, 4, 5, 6);
        FieldMapping key = avx.fieldMappings().get(0);
        assertThat(key.fieldType()).isZero();
        assertThat(key.parameterName()).isEqualTo("Part Number");
        assertThat(key.isSystemParameter()).isFalse();
        assertThat(key.visibleOnAdd()).isFalse();
        assertThat(key.options()).containsEntry("FieldName", "AVX Corporation.Part Number")
                .containsEntry("AddMode", "0").containsEntry("RemoveMode", "0").containsEntry("UpdateMode", "0")
                .hasSize(9);
        assertThat(avx.columnForSystemParameter("Library Ref")).contains("Library Ref");
        assertThat(avx.mappingOf("footprint path")).get().extracting(FieldMapping::parameterName)
                .isEqualTo("[Footprint Path]");
        assertThat(library.fieldMappings()).allSatisfy(m -> assertThat(m.visibleOnAdd()).isFalse());
    }

    @Test
    void accessUserWhere() {
        LibraryDescriptor library = parser.parse(fixture("access-userwhere.DbLib"));

        assertThat(library.tables()).hasSize(43);
        assertThat(library.fieldMappings()).hasSize(242);
        assertThat(library.tables()).extracting(TableDescriptor::tableName)
                .startsWith("Audio- Buzzer - Amplifier", "Battery", "Button")
                .contains("Connector - USB,DVI,HDMI", "Sensor,Transducers-Current", "IC-Data-Converter")
                .endsWith("Varistor");

        TableDescriptor audio = table(library, "Audio- Buzzer - Amplifier");
        assertThat(audio.index()).isEqualTo(1);
        assertThat(audio.userWhere()).isFalse();
        assertThat(audio.userWhereText()).isEqualTo("[Part Number] = '{Part Number}'");
        // it also has a FieldType=0 map, which comes first
        assertThat(audio.keyColumn()).contains("Part Number");
        assertThat(audio.keySource()).isEqualTo(KeySource.FIELD_TYPE);
        assertThat(audio.fieldMappings()).hasSize(6);
        assertThat(audio.fieldMappings()).extracting(FieldMapping::parameterName)
                .containsExactly("Part Number", "[Library Path]", "[Library Ref]", "[Footprint Path]",
                        "[Footprint Ref]", "[Description]");

        TableDescriptor usb = table(library, "Connector - USB,DVI,HDMI");
        assertThat(usb.index()).isEqualTo(12);
        assertThat(usb.fieldMappings()).hasSize(6);
        assertThat(usb.fieldMappings().get(0).index()).isEqualTo(63);
        assertThat(usb.keySource()).isEqualTo(KeySource.FIELD_TYPE);

        // "Paste Errors" has field maps but none with FieldType=0 and no UserWhereText: the convention applies
        TableDescriptor pasteErrors = table(library, "Paste Errors");
        assertThat(pasteErrors.fieldMappings()).hasSize(4).noneMatch(FieldMapping::isKey);
        assertThat(pasteErrors.userWhereText()).isEmpty();
        assertThat(pasteErrors.keyColumn()).contains("Part Number");
        assertThat(pasteErrors.keySource()).isEqualTo(KeySource.CONVENTION);
        assertThat(library.tables()).filteredOn(t -> t.keySource() == KeySource.FIELD_TYPE).hasSize(42);

        var links = library.links();
        assertThat(links.leftQuote()).isEqualTo("[");
        assertThat(links.rightQuote()).isEqualTo("]");
        assertThat(links.libraryDatabaseType()).isEqualTo("Microsoft Access");
        assertThat(links.libraryDatabasePath()).isEqualTo("LSIDatabook.mdb");
        assertThat(links.databasePathRelative()).isTrue();
        assertThat(links.settings()).containsEntry("RemoveMode", "2").containsEntry("ViewMode", "1");
        assertThat(links.connectionString().get("Provider")).contains("MICROSOFT.ACE.OLEDB.12.0");
        assertThat(links.connectionString().get("Data Source"))
                .contains("G:\\My Drive\\04.Library\\Library_Altium_Database\\LSIDatabook.mdb");
    }

    @Test
    void mysqlOdbc() {
        LibraryDescriptor library = parser.parse(fixture("mysql-odbc.DbLib"));

        assertThat(library.tables()).isEmpty();
        assertThat(library.fieldMappings()).isEmpty();
        var links = library.links();
        assertThat(links.leftQuote()).isEqualTo("`");
        assertThat(links.rightQuote()).isEqualTo("`");
        assertThat(links.libraryDatabaseType()).isEmpty();
        assertThat(links.libraryDatabasePath()).isEmpty();
        assertThat(links.databasePathRelative()).isFalse();
        assertThat(links.settings()).containsEntry("DefaultColumnType", "VARCHAR(255)");

        ConnectionString connection = links.connectionString();
        assertThat(connection.get("Driver")).contains("{MySQL ODBC 8.3 ANSI Driver}");
        assertThat(connection.getUnbraced("driver")).contains("MySQL ODBC 8.3 ANSI Driver");
        assertThat(connection.get("Server")).contains("db.example.invalid");
        assertThat(connection.get("Port")).contains("3306");
        assertThat(connection.get("Database")).contains("librelib");
        assertThat(connection.get("User")).contains("readonly");
        assertThat(connection.get("PWD")).contains("password");
        assertThat(connection.hasSecrets()).isTrue();
        assertThat(connection.redacted()).doesNotContain("password").contains("PWD=*****")
                .contains("SERVER=db.example.invalid");
        assertThat(connection.toString()).doesNotContain("password");
        assertThat(library.toString()).doesNotContain("password");
        assertThat(links.settings().values()).noneMatch(v -> v.contains("password"));
    }

    @Test
    void mysqlPasswordNeverInErrorMessagesOrWarnings(@TempDir Path dir) throws IOException {
        String text = Files.readString(fixture("mysql-odbc.DbLib"), StandardCharsets.UTF_8);
        List<String> broken = List.of(
                // the connection string's quote is never closed
                text.replace("PWD=password", "PWD=\"password"),
                // no [DatabaseLinks] section
                text.replace("[DatabaseLinks]", "[Links]"));
        for (int i = 0; i < broken.size(); i++) {
            Path file = dir.resolve("broken" + i + ".DbLib");
            Files.writeString(file, broken.get(i), StandardCharsets.UTF_8);
            MigrationException e = catchThrowableOfType(MigrationException.class, () -> parser.parse(file));
            assertThat(e).as("case %d", i).isNotNull();
            assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
            assertThat(e.getMessage()).as("case %d", i).contains(file.toString())
                    .doesNotContain("PWD=").doesNotContain("readonly").doesNotContain("password");
        }
        List<String> lenient = List.of(
                // a malformed line right after the connection string
                text.replace("AddMode=3", "AddMode 3 password"),
                // the connection string set twice, to another password
                text.replace("AddMode=3", "ConnectionString=DRIVER={MySQL};PWD=password2\r\nAddMode=3"),
                // [DatabaseLinks] twice, with another password
                text + "[DatabaseLinks]\r\nConnectionString=DRIVER={MySQL};USER=readonly;PWD=password3\r\n",
                // a field map without Options
                text + "[Table1]\nTableName=t\n[FieldMap1]\nX=password\n");
        for (int i = 0; i < lenient.size(); i++) {
            Path file = dir.resolve("lenient" + i + ".DbLib");
            Files.writeString(file, lenient.get(i), StandardCharsets.UTF_8);
            LibraryDescriptor library = parser.parse(file);
            assertThat(library.warnings()).as("case %d", i).isNotEmpty();
            assertThat(library.warnings()).as("case %d", i).allSatisfy(w -> assertThat(w.message())
                    .contains(file.toString()).doesNotContain("PWD=").doesNotContain("readonly").doesNotContain("password"));
            assertThat(library.links().connectionString().get("PWD")).as("case %d: the first one wins", i).contains("password");
        }
    }
}
