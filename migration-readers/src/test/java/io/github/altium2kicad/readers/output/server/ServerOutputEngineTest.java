package io.github.altium2kicad.readers.output.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.output.OutputPublication;
import io.github.altium2kicad.core.MigrationEngine;
import io.github.altium2kicad.core.testing.IsqlClient;
import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code output_database} through the API: {@link MigrationEngine} with the setting in its config publishes to the
 * real test servers ({@link TestServer}) as {@code migrate --output-database} does, the server output found with
 * ServiceLoader or given to the builder.
 */
class ServerOutputEngineTest {

    private static final String PG_SCHEMA = "a2k_engine_output_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The test server's URL for publishing (PostgreSQL: a schema of its own), its tables dropped. */
    private static String publishUrl(TestServer server) throws SQLException {
        if (server.postgres()) {
            server.execute("DROP SCHEMA IF EXISTS " + server.quote(PG_SCHEMA) + " CASCADE");
            return server.url() + "?currentSchema=" + PG_SCHEMA;
        }
        for (LibraryTable t : TableLibraryGenerator.standard().tables()) {
            server.execute("DROP TABLE IF EXISTS " + server.quote(t.name()));
        }
        return server.url();
    }

    private MigrationResult migrate(MigrationEngine engine, MigrationConfig config) throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        return engine.migrate(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("kicad")).config(config).build());
    }

    private static MigrationConfig.Builder config() {
        return MigrationConfig.builder().libraryName("Parts").enableCaching(false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void theEnginePublishesEveryRowAndTheServerKicadDblWithTheLoginFromTheEnvironment(String name) throws Exception {
        TestServer server = TestServer.require(name);
        String url = publishUrl(server);
        MigrationEngine engine = MigrationEngine.builder().outputs(List.of(new ServerOutputProvider(Map.of(
                ServerOutputProvider.USER_VARIABLE, server.user(), ServerOutputProvider.PASSWORD_VARIABLE, server.password()))))
                .build();

        MigrationResult result = migrate(engine, config().outputDatabase(url).build());

        assertThat(result.publications()).hasSize(1);
        OutputPublication publication = result.publications().get(0);
        assertThat(publication.tables()).extracting(OutputPublication.PublishedTable::name)
                .containsExactly("Resistors", "Caps, \"Ceramic\" - 100% [X7R]");
        for (JsonNode library : JSON.readTree(result.kicadDbl().toFile()).get("libraries")) {
            String table = library.get("table").asText();
            assertThat(serverRows(server, table)).as(table).isEqualTo(TableRows.sqliteRows(result, table)).isNotEmpty();
        }
        Path serverDbl = result.outputDirectory().resolve(server.postgres() ? "Parts-postgresql.kicad_dbl" : "Parts-mariadb.kicad_dbl");
        assertThat(publication.kicadDbl()).isEqualTo(serverDbl).exists();
        JsonNode written = JSON.readTree(serverDbl.toFile());
        assertThat(written.get("libraries")).isEqualTo(JSON.readTree(result.kicadDbl().toFile()).get("libraries"));
        assertThat(written.at("/source/connection_string").asText()).isEqualTo(publication.connectionString())
                .startsWith(server.postgres() ? "Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=5432;"
                        : "Driver={MariaDB Unicode};Server=127.0.0.1;Port=3306;");
        assertThat(written.at("/source/username").asText()).isEmpty();
        assertThat(written.at("/source/password").asText()).isEmpty();
        assertThat(JSON.readTree(result.summaryFile().toFile()).at("/config/output_database").asText()).isEqualTo("(set)");
        assertThat(Migrations.allText(result.outputDirectory())).doesNotContain(server.password());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PG", "MYSQL"})
    void theServiceLoadedOutputTakesTheLoginFromTheUrlAndKicadReadsItThroughOdbc(String name) throws Exception {
        TestServer server = TestServer.require(name);
        String url = publishUrl(server);
        String login = (url.contains("?") ? "&" : "?") + "user=" + server.user() + "&password=" + server.password();

        MigrationResult result = migrate(MigrationEngine.builder().build(),
                config().outputDatabase(url + login).outputOdbcDriver(server.postgres() ? "PostgreSQL Unicode" : "MariaDB Unicode")
                        .build());

        OutputPublication publication = result.publications().get(0);
        assertThat(publication.rows()).isEqualTo(result.partsWritten());
        assertThat(Migrations.allText(result.outputDirectory())).doesNotContain(server.password());
        IsqlClient.assumeInstalled();
        assumeOdbcDriver(server.postgres() ? "PostgreSQL Unicode" : "MariaDB Unicode");
        JsonNode dbl = JSON.readTree(publication.kicadDbl().toFile());
        IsqlClient isql = new IsqlClient(dbl.at("/source/connection_string").asText() + "Uid=" + server.user()
                + ";Pwd=" + server.password() + ";");
        String quote = server.postgres() ? "\"" : "`";
        for (JsonNode library : dbl.get("libraries")) {
            String table = library.get("table").asText();
            List<List<String>> rows = isql.query("SELECT " + quote + library.get("key").asText() + quote + " FROM "
                    + quote + table.replace(quote, quote + quote) + quote);
            assertThat(rows.size() - 1).as(table).isEqualTo(TableRows.sqliteRows(result, table).size());
        }
    }

    @Test
    void aWrongPasswordIsBadInputAfterTheLocalOutputIsPublished() throws Exception {
        TestServer server = TestServer.require("PG");
        String url = publishUrl(server);
        String wrong = "Wr0ng-Engine-Passw0rd";
        MigrationEngine engine = MigrationEngine.builder().outputs(List.of(new ServerOutputProvider(Map.of(
                ServerOutputProvider.USER_VARIABLE, server.user(), ServerOutputProvider.PASSWORD_VARIABLE, wrong)))).build();

        assertThatThrownBy(() -> migrate(engine, config().outputDatabase(url).build()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("refused the login").contains("127.0.0.1:5432")
                            .contains("The local output was published: the local output in " + dir.resolve("kicad")
                                    + " is complete").doesNotContain(wrong);
                });
        assertThat(dir.resolve("kicad").resolve("Parts.kicad_dbl")).exists();
        assertThat(dir.resolve("kicad").resolve("Parts-postgresql.kicad_dbl")).doesNotExist();
    }

    @Test
    void anOutputDatabaseThatIsNoPostgresqlOrMysqlUrlIsBadInputBeforeAnyOutput() {
        assertThatThrownBy(() -> migrate(MigrationEngine.builder().build(),
                config().outputDatabase("jdbc:sqlserver://db;databaseName=parts;password=Secret-Sql-2").build()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("PostgreSQL or MySQL/MariaDB JDBC URL").doesNotContain("Secret-Sql-2");
                });
        assertThat(dir.resolve("kicad")).doesNotExist();
    }

    @Test
    void withoutAnOutputPublisherOnTheClassPathOutputDatabaseIsBadInputBeforeAnyOutput() {
        assertThatThrownBy(() -> migrate(MigrationEngine.builder().outputs(List.of()).build(),
                config().outputDatabase("jdbc:postgresql://db:5432/parts").build()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("output_database is set but no output publisher");
                });
        assertThat(dir.resolve("kicad")).doesNotExist();
    }

    // --- helpers ---

    private static List<String> serverRows(TestServer server, String table) throws SQLException {
        try (Connection c = server.connect()) {
            return TableRows.rows(c, server.postgres() ? server.quote(PG_SCHEMA) + "." + server.quote(table) : server.quote(table));
        }
    }

    private static void assumeOdbcDriver(String driver) throws Exception {
        Process p = new ProcessBuilder("odbcinst", "-q", "-d").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        boolean registered = out.contains("[" + driver + "]");
        if (!registered && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("The ODBC driver '" + driver + "' must be registered in CI");
        }
        Assumptions.assumeTrue(registered, "The ODBC driver '" + driver + "' is not installed");
    }
}
