package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate --output-database} run as a user runs it, against the test servers {@code .ci/test-servers.sh}
 * starts ({@code ALTIUM2KICAD_TEST_PG_*}, {@code ALTIUM2KICAD_TEST_MYSQL_*}): skipped without them, failing under
 * {@code CI=true}.
 */
class ServerOutputCliIT {

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
    }

    private static String[] server(String name) {
        String prefix = "ALTIUM2KICAD_TEST_" + name + "_";
        String url = System.getenv(prefix + "URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + prefix + "URL is not set: .ci/run must start the test servers");
            }
            Assumptions.abort(prefix + "URL is not set: start the test servers with . .ci/test-servers.sh");
        }
        return new String[] {url, System.getenv(prefix + "USER"), System.getenv(prefix + "PASSWORD")};
    }

    private record Run(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private static Run cli(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Path.of("target", "test-home").toAbsolutePath(), "-jar", System.getProperty("cli.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("ALTIUM2KICAD_OUTPUT_DB_USER");
        pb.environment().remove("ALTIUM2KICAD_OUTPUT_DB_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String allFiles(Path folder) throws Exception {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                s.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return s.toString();
    }

    @Test
    void publishesToPostgresqlWithTheLoginFromTheEnvironment() throws Exception {
        String[] pg = server("PG");
        Path out = dir.resolve("kicad");
        Run run = cli(Map.of("ALTIUM2KICAD_OUTPUT_DB_USER", pg[1], "ALTIUM2KICAD_OUTPUT_DB_PASSWORD", pg[2]),
                "migrate", dbLib.toString(), "-o", out.toString(), "--verbose",
                "--output-database", pg[0] + "?currentSchema=a2k_cli_test");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("Published 181 parts in 2 tables to the PostgreSQL database")
                .contains("KiCad database library for the server: " + out.resolve("Parts-postgresql.kicad_dbl"));
        assertThat(Files.readString(out.resolve("Parts-postgresql.kicad_dbl")))
                .contains("Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=5432;");
        assertThat(run.all()).doesNotContain(pg[2]).doesNotContain(TableLibraryGenerator.SECRET);
        assertThat(allFiles(out)).doesNotContain(pg[2]);
    }

    @Test
    void publishesToMariadbWithTheLoginInTheUrlAndAnotherOdbcDriverName() throws Exception {
        String[] my = server("MYSQL");
        Path out = dir.resolve("kicad");
        Run run = cli(Map.of(), "migrate", dbLib.toString(), "-o", out.toString(),
                "--output-database", my[0] + "?user=" + my[1] + "&password=" + my[2],
                "--output-odbc-driver", "MySQL ODBC 8.4 Unicode Driver");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(out.resolve("Parts-mariadb.kicad_dbl")))
                .contains("Driver={MySQL ODBC 8.4 Unicode Driver};Server=127.0.0.1;Port=3306;");
        assertThat(run.all()).doesNotContain(my[2]);
        assertThat(allFiles(out)).doesNotContain(my[2]);
    }

    @Test
    void aWrongPasswordIsBadInputAndTheLocalOutputIsStillComplete() throws Exception {
        String[] pg = server("PG");
        Path out = dir.resolve("kicad");
        Run run = cli(Map.of("ALTIUM2KICAD_OUTPUT_DB_USER", pg[1], "ALTIUM2KICAD_OUTPUT_DB_PASSWORD", "Wr0ng-Cli-Pw"),
                "migrate", dbLib.toString(), "-o", out.toString(), "--output-database", pg[0] + "?currentSchema=a2k_cli_test");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains("refused the login").contains("127.0.0.1:5432")
                .contains("The local output was published: the local output in " + out + " is complete");
        assertThat(run.all()).doesNotContain("Wr0ng-Cli-Pw");
        assertThat(out.resolve("Parts.kicad_dbl")).exists();
        assertThat(out.resolve("Parts-postgresql.kicad_dbl")).doesNotExist();
    }

    @Test
    void outputDatabaseInTheConfigFilePublishesAndItsPasswordIsInNoLogOrFile() throws Exception {
        String[] pg = server("PG");
        Path out = dir.resolve("kicad");
        Path config = dir.resolve("migration.yaml");
        Files.writeString(config, "migration:\n  output_database: \"" + pg[0] + "?currentSchema=a2k_cli_test&user=" + pg[1]
                + "&password=" + pg[2] + "\"\n  output_odbc_driver: PostgreSQL Unicode\n");
        Run run = cli(Map.of(), "migrate", dbLib.toString(), "-o", out.toString(), "-c", config.toString(), "--debug");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("Published 181 parts in 2 tables to the PostgreSQL database");
        assertThat(Files.readString(out.resolve("Parts-postgresql.kicad_dbl")))
                .contains("Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=5432;");
        assertThat(Files.readString(out.resolve("migration-summary.json"))).contains("\"output_database\" : \"(set)\"");
        assertThat(run.all()).doesNotContain(pg[2]);
        assertThat(allFiles(out)).doesNotContain(pg[2]);
    }

    @Test
    void anUnsupportedOutputUrlIsBadInputBeforeAnythingIsMigrated() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli(Map.of(), "migrate", dbLib.toString(), "-o", out.toString(),
                "--output-database", "jdbc:sqlserver://db;databaseName=parts;password=Secret-Sql-1");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains("PostgreSQL or MySQL/MariaDB JDBC URL");
        assertThat(run.all()).doesNotContain("Secret-Sql-1");
        assertThat(out).doesNotExist();
    }
}
