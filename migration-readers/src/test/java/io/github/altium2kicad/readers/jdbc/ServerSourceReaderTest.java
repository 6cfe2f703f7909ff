package io.github.altium2kicad.readers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.readers.testing.DbLibFile;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.PartsFixture;
import io.github.altium2kicad.readers.testing.SqliteFixture;
import io.github.altium2kicad.readers.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads from real PostgreSQL and MariaDB servers (see {@link TestServer}) through DbLibs with the ODBC connection
 * strings Altium writes, and compares with the same data read from SQLite.
 */
class ServerSourceReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void migratesAServerLibraryExactlyLikeTheSameDataInSqlite(String name) throws Exception {
        TestServer server = TestServer.require(name);
        server.write(PartsFixture.tables(), null);
        Path reference = SqliteFixture.write(dir.resolve("sqlite"), PartsFixture.tables());
        Path dbLib = DbLibFile.write(dir.resolve("server"), server.odbcConnectionString(server.user(), server.password()),
                PartsFixture.tables());

        assertThat(Migrations.rawRows(dbLib, Map.of())).isEqualTo(Migrations.rawRows(reference, Map.of()));
        MigrationResult expected = Migrations.migrate(reference, dir.resolve("out-sqlite"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        MigrationResult actual;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            actual = Migrations.migrate(dbLib, dir.resolve("out-server"));
        } finally {
            System.setErr(err);
        }
        assertThat(Migrations.dump(actual.database())).isEqualTo(Migrations.dump(expected.database()));
        assertThat(Files.readString(actual.kicadDbl())).isEqualTo(Files.readString(expected.kicadDbl()));

        assertThat(log.toString(StandardCharsets.UTF_8)).contains(server.postgres() ? "PostgreSQL database" : "MySQL/MariaDB database")
                .doesNotContain(server.password());
        assertThat(Migrations.allText(actual.outputDirectory())).doesNotContain(server.password())
                .contains(server.postgres() ? "PostgreSQL database '" : "MySQL/MariaDB database '");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void anUnreachableServerFailsFastWithASpecificMessage(String name) throws Exception {
        TestServer server = new TestServer(name, name.equals("PG") ? "jdbc:postgresql://127.0.0.1:1/parts"
                : "jdbc:mariadb://127.0.0.1:1/parts", "reader", "unused-Secret-42");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString(closedPort, "reader", "unused-Secret-42"),
                PartsFixture.tables());
        long started = System.nanoTime();
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Cannot reach the " + (name.equals("PG") ? "PostgreSQL" : "MySQL/MariaDB") + " server")
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("--database")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("unused-Secret-42"));
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(JdbcSourceReader.DEFAULT_TIMEOUT_SECONDS + 5);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void wrongCredentialsGiveASpecificMessageWithoutThePassword(String name) throws Exception {
        TestServer server = TestServer.require(name);
        String wrong = "Wr0ng-Passw0rd-" + name;
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString(server.user(), wrong), PartsFixture.tables());
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("refused the login of user '" + server.user() + "'")
                .hasMessageContaining("ALTIUM2KICAD_DB_PASSWORD")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(wrong))
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void environmentCredentialsWinOverTheDbLibs(String name) throws Exception {
        TestServer server = TestServer.require(name);
        server.write(PartsFixture.tables(), null);
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString("stale-user", "stale-password"), PartsFixture.tables());
        assertThat(Migrations.rawRows(dbLib, Map.of("ALTIUM2KICAD_DB_USER", server.user(),
                "ALTIUM2KICAD_DB_PASSWORD", server.password()))).hasSize(2 + 26 + 13);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void aJdbcUrlOverrideWithCredentialsWinsAndStaysSecret(String name) throws Exception {
        TestServer server = TestServer.require(name);
        server.write(PartsFixture.tables(), null);
        Path dbLib = DbLibFile.write(dir, "Provider=MSDASQL.1;Persist Security Info=False;Data Source=localParts;"
                + "Initial Catalog=parts", PartsFixture.tables());
        String override = server.url() + "?user=" + server.user() + "&password="
                + java.net.URLEncoder.encode(server.password(), StandardCharsets.UTF_8);
        MigrationResult result = Migrations.migrate(dbLib, dir.resolve("out"), MigrationConfig.builder().libraryName("Parts")
                .database(override).build());
        assertThat(result.tables()).extracting(t -> t.rowsWritten()).containsExactly(24L, 13L);
        assertThat(Migrations.allText(result.outputDirectory())).doesNotContain(server.password());
    }

    @Test
    void aSchemaNameInTheDbLibIsHonoured() throws Exception {
        TestServer server = TestServer.require("PG");
        List<PartsFixture.Table> tables = PartsFixture.tables();
        server.write(tables, "Altium Parts");
        server.execute("DROP TABLE IF EXISTS \"Resistors\"", "CREATE TABLE \"Resistors\" (\"Part Number\" TEXT)");
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString(server.user(), server.password()), tables, "Altium Parts", true);
        List<String> rows = Migrations.rawRows(dbLib, Map.of());
        assertThat(rows.get(0)).startsWith("Resistors [ID, Part Number");
        assertThat(rows).hasSize(2 + 26 + 13);
    }

    @Test
    void withoutUseTableSchemaNameATableMissingFromTheSchemaIsLookedForUnqualified() throws Exception {
        TestServer server = TestServer.require("PG");
        server.write(PartsFixture.tables(), null);
        String cs = server.odbcConnectionString(server.user(), server.password());
        Path lenient = DbLibFile.write(dir.resolve("a"), cs, PartsFixture.tables(), "Nowhere", false);
        assertThat(Migrations.rawRows(lenient, Map.of())).hasSize(2 + 26 + 13);
        Path strict = DbLibFile.write(dir.resolve("b"), cs, PartsFixture.tables(), "Nowhere", true);
        assertThatThrownBy(() -> Migrations.rawRows(strict, Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("no such table in schema 'Nowhere'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void aTableWithoutPrimaryKeyIsReadInADeterministicOrder(String name) throws Exception {
        TestServer server = TestServer.require(name);
        String table = server.quote("No Key-Table ünïcode");
        server.execute("DROP TABLE IF EXISTS " + table,
                "CREATE TABLE " + table + " (" + server.quote("Part Number") + " VARCHAR(50), " + server.quote("Value")
                        + " VARCHAR(50))" + (server.postgres() ? "" : " CHARACTER SET utf8mb4"),
                "INSERT INTO " + table + " VALUES ('R2', 'b'), ('R1', 'z'), ('R3', 'a'), ('R1', 'y'), ('Ω1', 'ω')");
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString(server.user(), server.password()),
                List.of(new PartsFixture.Table("No Key-Table ünïcode", List.of(), List.of())));
        List<String> first = Migrations.rawRows(dbLib, Map.of());
        assertThat(first).containsSubsequence("1 [R1, y]", "2 [R1, z]", "3 [R2, b]", "4 [R3, a]").contains("5 [Ω1, ω]");
        assertThat(Migrations.rawRows(dbLib, Map.of())).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void aMissingTableListsTheTablesThere(String name) throws Exception {
        TestServer server = TestServer.require(name);
        server.write(PartsFixture.tables(), null);
        Path dbLib = DbLibFile.write(dir, server.odbcConnectionString(server.user(), server.password()),
                List.of(new PartsFixture.Table("Inductors", List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.rawRows(dbLib, Map.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("table 'Inductors'")
                .hasMessageContaining("Caps - Ceramic, X7R").hasMessageContaining("Resistors")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(server.password()));
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
