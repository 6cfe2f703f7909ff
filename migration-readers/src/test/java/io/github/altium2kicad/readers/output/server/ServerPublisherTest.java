package io.github.altium2kicad.readers.output.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.testing.IsqlClient;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes a migrated library to real PostgreSQL and MariaDB servers (see {@link TestServer}) and checks the tables
 * against the SQLite output, the atomic replacement, and the server {@code .kicad_dbl} through unixODBC as KiCad
 * reads it.
 */
class ServerPublisherTest {

    /** PostgreSQL: a schema of its own, so the publisher's tables never meet the reader tests' tables. */
    private static final String PG_SCHEMA = "a2k_publish_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The server to publish to, its URL for the publisher, and the schema-qualified name of a table there. */
    private record Target(TestServer server, String url, Function<String, String> qualified) {
    }

    private Target target(String name) throws SQLException {
        TestServer server = TestServer.require(name);
        if (server.postgres()) {
            server.execute("DROP SCHEMA IF EXISTS " + server.quote(PG_SCHEMA) + " CASCADE");
            return new Target(server, server.url() + "?currentSchema=" + PG_SCHEMA,
                    t -> server.quote(PG_SCHEMA) + "." + server.quote(t));
        }
        for (LibraryTable t : TableLibraryGenerator.standard().tables()) {
            server.execute("DROP TABLE IF EXISTS " + server.quote(t.name()));
        }
        return new Target(server, server.url(), server::quote);
    }

    private MigrationResult migrate() throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        return Migrations.migrate(dbLib, dir.resolve("kicad"));
    }

    private static ServerPublication publish(MigrationResult result, Target target) {
        return new ServerPublisher().publish(result, target.url(), Optional.of(target.server().user()),
                Optional.of(target.server().password()), ServerOptions.defaults().withOdbcDriver(null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void publishesExactlyTheRowsOfTheSqliteOutput(String name) throws Exception {
        Target target = target(name);
        MigrationResult result = migrate();

        ServerPublication publication = publish(result, target);

        assertThat(publication.tables()).extracting(ServerPublication.PublishedTable::name)
                .containsExactly("Resistors", "Caps, \"Ceramic\" - 100% [X7R]");
        assertThat(publication.rows()).isEqualTo(TableRows.sqliteRows(result, "Resistors").size()
                + TableRows.sqliteRows(result, "Caps, \"Ceramic\" - 100% [X7R]").size());
        for (JsonNode library : libraries(result.kicadDbl())) {
            String table = library.get("table").asText();
            assertThat(serverRows(target, table)).as(table).isEqualTo(TableRows.sqliteRows(result, table)).isNotEmpty();
            assertThat(uniqueIndexColumns(target, table)).as(table).contains(library.get("key").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void writesAServerKicadDblWithTheSameLibrariesAndNoLogin(String name) throws Exception {
        Target target = target(name);
        MigrationResult result = migrate();

        ServerPublication publication = publish(result, target);

        Path expectedFile = result.kicadDbl().resolveSibling(target.server().postgres() ? "Parts-postgresql.kicad_dbl"
                : "Parts-mariadb.kicad_dbl");
        assertThat(publication.kicadDbl()).isEqualTo(expectedFile).exists();
        JsonNode server = JSON.readTree(expectedFile.toFile());
        JsonNode sqlite = JSON.readTree(result.kicadDbl().toFile());
        assertThat(server.get("libraries")).isEqualTo(sqlite.get("libraries"));
        assertThat(server.at("/source/username").asText()).isEmpty();
        assertThat(server.at("/source/password").asText()).isEmpty();
        assertThat(server.at("/source/dsn").asText()).isEmpty();
        String expected = target.server().postgres()
                ? "Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=5432;Database=" + target.server().database()
                        + ";ConnSettings=SET search_path TO \"" + PG_SCHEMA + "\";"
                : "Driver={MariaDB Unicode};Server=127.0.0.1;Port=3306;Database=" + target.server().database() + ";";
        assertThat(server.at("/source/connection_string").asText()).isEqualTo(expected).isEqualTo(publication.connectionString());
        assertThat(Migrations.allText(result.outputDirectory())).doesNotContain(target.server().password());
        assertThat(Files.readString(expectedFile)).doesNotContain("Uid=").doesNotContain("Pwd=")
                .doesNotContain("\"" + target.server().user() + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void aSecondPublishReplacesTheTables(String name) throws Exception {
        Target target = target(name);
        MigrationResult result = migrate();
        publish(result, target);

        sqlite(result, "UPDATE \"Resistors\" SET \"Value\" = 'changed' WHERE \"Part Number\" = 'RES-7'",
                "DELETE FROM \"Resistors\" WHERE \"Part Number\" = 'RES-8'",
                "INSERT INTO \"Resistors\" (\"Part Number\", \"Value\") VALUES ('RES-NEW', '1M')",
                "INSERT INTO \"Resistors\" (\"Part Number\", \"Value\") VALUES ('res-new', 'differs only in case')");
        publish(result, target);

        assertThat(serverRows(target, "Resistors")).isEqualTo(TableRows.sqliteRows(result, "Resistors"))
                .anyMatch(r -> r.startsWith("RES-7|") && r.contains("|changed|"))
                .noneMatch(r -> r.startsWith("RES-8|"))
                .anyMatch(r -> r.startsWith("RES-NEW|"))
                .anyMatch(r -> r.startsWith("res-new|"));
        assertThat(workTables(target)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void aPublishThatFailsMidwayLeavesThePreviousTablesIntact(String name) throws Exception {
        Target target = target(name);
        MigrationResult result = migrate();
        publish(result, target);
        String caps = "Caps, \"Ceramic\" - 100% [X7R]";
        List<String> resistorsBefore = serverRows(target, "Resistors");
        List<String> capsBefore = serverRows(target, caps);

        // the first table changes and loads; the second holds a value the server cannot store
        sqlite(result, "UPDATE \"Resistors\" SET \"Value\" = 'changed'");
        if (target.server().postgres()) {
            sqlite(result, "UPDATE \"" + caps.replace("\"", "\"\"") + "\" SET \"Value\" = 'nul' || char(0) || 'byte' "
                    + "WHERE \"Part Number\" = 'CAP-0030'");
        } else {
            sqlite(result, "UPDATE \"" + caps.replace("\"", "\"\"") + "\" SET \"Part Number\" = '" + "K".repeat(769) + "' "
                    + "WHERE \"Part Number\" = 'CAP-0030'");
        }

        assertThatThrownBy(() -> publish(result, target))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Table '" + caps + "'")
                .hasMessageContaining(target.server().postgres() ? "NUL character" : "at most 768 characters")
                .hasMessageContaining("Nothing was changed")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));

        assertThat(serverRows(target, "Resistors")).isEqualTo(resistorsBefore);
        assertThat(serverRows(target, caps)).isEqualTo(capsBefore);
        assertThat(workTables(target)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void kicadReadsTheServerLibraryThroughOdbc(String name) throws Exception {
        Target target = target(name);
        IsqlClient.assumeInstalled();
        String driver = target.server().postgres() ? "PostgreSQL Unicode" : "MariaDB Unicode";
        assumeOdbcDriver(driver);
        MigrationResult result = migrate();
        ServerPublication publication = publish(result, target);

        JsonNode dbl = JSON.readTree(publication.kicadDbl().toFile());
        // the file has no login: each KiCad user adds their own, as the test does here
        IsqlClient isql = new IsqlClient(dbl.at("/source/connection_string").asText() + "Uid=" + target.server().user()
                + ";Pwd=" + target.server().password() + ";");
        for (JsonNode library : dbl.get("libraries")) {
            String table = library.get("table").asText();
            List<String> columns = new ArrayList<>(List.of(library.get("key").asText(), library.get("symbols").asText(),
                    library.get("footprints").asText()));
            library.get("fields").forEach(f -> columns.add(f.get("column").asText()));
            String quote = target.server().postgres() ? "\"" : "`";
            List<List<String>> rows = isql.query("SELECT " + String.join(", ", columns.stream()
                    .map(c -> quote + c.replace(quote, quote + quote) + quote).toList()) + " FROM "
                    + quote + table.replace(quote, quote + quote) + quote);
            assertThat(rows.get(0)).as(table).hasSize(columns.size());
            assertThat(rows.size() - 1).as(table).isEqualTo(TableRows.sqliteRows(result, table).size());
            List<List<String>> one = isql.query("SELECT " + quote + library.get("key").asText() + quote + " FROM " + quote
                    + table.replace(quote, quote + quote) + quote + " WHERE " + quote + library.get("key").asText() + quote
                    + " = '" + rows.get(1).get(0) + "'");
            assertThat(one).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void wrongCredentialsAreBadInputNamingTheServerWithoutThePassword(String name) throws Exception {
        Target target = target(name);
        MigrationResult result = migrate();
        String wrong = "Wr0ng-Publish-Passw0rd-" + name;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> new ServerPublisher().publish(result, target.url(), Optional.of(target.server().user()),
                    Optional.of(wrong), ServerOptions.defaults()))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("refused the login")
                    .hasMessageContaining("127.0.0.1:" + target.server().port())
                    .hasMessageContaining("user '" + target.server().user() + "'")
                    .hasMessageContaining("ALTIUM2KICAD_OUTPUT_DB_PASSWORD")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(wrong))
                    .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
            // and a successful run logs (at debug level here) nothing secret either
            publish(result, target);
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Published").doesNotContain(wrong)
                .doesNotContain(target.server().password());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void anUnreachableServerFailsFastWithASpecificMessage(String scheme) throws Exception {
        MigrationResult result = migrate();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> new ServerPublisher().publish(result, "jdbc:" + scheme + "://127.0.0.1:" + closedPort
                + "/parts", Optional.of("writer"), Optional.of("unused-Secret-42"), ServerOptions.defaults()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Cannot reach the " + (scheme.equals("postgresql") ? "PostgreSQL" : "MySQL/MariaDB"))
                .hasMessageContaining("database 'parts' on 127.0.0.1:" + closedPort)
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("unused-Secret-42"));
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(15);
        assertThat(result.kicadDbl().resolveSibling("Parts-" + scheme + ".kicad_dbl")).doesNotExist();
    }

    // --- helpers ---

    private static List<JsonNode> libraries(Path kicadDbl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(kicadDbl.toFile()).get("libraries").forEach(out::add);
        return out;
    }

    private static List<String> serverRows(Target target, String table) throws SQLException {
        try (Connection c = target.server().connect()) {
            return TableRows.rows(c, target.qualified().apply(table));
        }
    }

    private static void sqlite(MigrationResult result, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database()); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static List<String> uniqueIndexColumns(Target target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = target.server().connect();
             ResultSet rs = target.server().postgres() ? c.getMetaData().getIndexInfo(null, PG_SCHEMA, table, true, false)
                     : c.getMetaData().getIndexInfo(target.server().database(), null, table, true, false)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** Tables the publisher works in ({@code a2k_new_…}, {@code a2k_old_…}, {@code a2k_stage_…}) still on the server. */
    private static List<String> workTables(Target target) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = target.server().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(target.server().postgres()
                     ? "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + PG_SCHEMA + "'"
                     : "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith("a2k_")) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Skips where the ODBC driver is not registered with unixODBC, except in CI where {@code .ci/run} installs it. */
    private static void assumeOdbcDriver(String driver) throws Exception {
        Process p = new ProcessBuilder("odbcinst", "-q", "-d").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        boolean registered = out.contains("[" + driver + "]");
        if (!registered && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("The ODBC driver '" + driver + "' must be registered in CI (.ci/run installs "
                    + "odbc-postgresql and odbc-mariadb)");
        }
        Assumptions.assumeTrue(registered, "The ODBC driver '" + driver + "' is not installed");
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

}
