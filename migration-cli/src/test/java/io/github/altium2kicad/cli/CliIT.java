package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.testing.FailingRule;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded CLI jar as a separate process, as a user does, and checks exit codes, output and messages. */
class CliIT {

    @TempDir
    Path dir;
    Path dbLib;

    record Run(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
    }

    static Run cli(String... args) throws IOException, InterruptedException {
        return java(List.of("-jar", System.getProperty("cli.jar")), args);
    }

    /** Runs the CLI with {@code extra} on its class path besides the jar, as a user adds their own rule classes. */
    static Run cliWith(List<Path> extra, String... args) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>(List.of(System.getProperty("cli.jar")));
        extra.forEach(p -> classPath.add(p.toString()));
        return java(List.of("-cp", String.join(File.pathSeparator, classPath), Altium2KicadCommand.class.getName()), args);
    }

    private static Run java(List<String> launch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Path.of("target", "test-home").toAbsolutePath()));
        command.addAll(launch);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private void assertNoOutputLeft(Path out) throws IOException {
        assertThat(out).doesNotExist();
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
        }
    }

    @Test
    void migratesAndPrintsASummaryTable() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--verbose");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("Table", "Read", "Written", "Duplicate keys", "Empty keys")
                .contains("Resistors").contains("Total (2 tables)").contains("KiCad database library: " + out.resolve("Parts.kicad_dbl"))
                // standard mode (the default) maps RES-NOPATH, whose Altium library paths are blank, to KiCad's libraries
                .containsPattern("Resistors\\s+124\\s+121\\s+1\\s+2\\s+0");
        assertThat(run.stderr()).contains("INFO"); // --verbose logs go to stderr, never stdout
        assertThat(run.stdout()).doesNotContain("INFO");
        assertThat(out.resolve("Parts.kicad_dbl")).exists();
        assertThat(out.resolve("Parts.sqlite")).exists();
        assertThat(out.resolve("sym-lib-table")).exists();
        assertThat(out.resolve("fp-lib-table")).exists();
        assertThat(out.resolve("migration-summary.json")).exists();
        assertThat(run.all()).doesNotContain(TableLibraryGenerator.SECRET);
    }

    @Test
    void missingLibraryFilesAreShownWithPartsExamplesAndWhatToDo() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--mapping-mode", "preserve");
        assertThat(run.exitCode()).as(run.all()).isZero();
        // no .SchLib/.PcbLib file is there: the console says so, with parts, examples and what to do
        assertThat(run.stdout()).contains("Missing Altium library files: 4 (372 part references; KiCad cannot load these parts)")
                .contains("symbol library C:\\Altium\\Library\\Symbols\\passives.schlib: 180 parts, e.g. Resistors/RES-1")
                .contains("footprint library Footprints\\Chip_Resistor.PcbLib: 120 parts, e.g. Resistors/RES-")
                .contains("LibrarySearchPath").contains("Missing files get no lib-table row")
                .contains("Values '=Name' written as parameter Name's value: 121");
        assertThat(Files.readString(out.resolve("fp-lib-table"))).doesNotContain("Chip_Resistor");
        assertThat(Files.readString(out.resolve("sym-lib-table"))).doesNotContain("Passives");
    }

    @Test
    void optionsAndConfigFileUseTheSameNames() throws Exception {
        Path config = dir.resolve("migration.yaml");
        Files.writeString(config, "migration:\n  duplicate_keys: rename\n  batch_size: 10\n  library_name: MyParts\n");
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--config", config.toString(), "--empty-keys", "generate");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).containsPattern("Resistors\\s+124\\s+124\\s+1\\s+2");
        assertThat(out.resolve("MyParts.kicad_dbl")).exists();
    }

    @Test
    void anUnknownConfigKeyIsABadInputNamingFileLineAndKey() throws Exception {
        Path config = dir.resolve("migration.yaml");
        Files.writeString(config, "migration:\n  batch_size: 10\n  batch_sise: 20\n");
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(config.toString() + ", line 3").contains("unknown setting 'batch_sise'");
        assertNoOutputLeft(out);
    }

    @Test
    void aMissingDbLibIsBadInput() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dir.resolve("nope.DbLib").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("nope.DbLib").containsIgnoringCase("no such file");
        assertNoOutputLeft(out);
    }

    @Test
    void aFileThatIsNotADbLibIsBadInput() throws Exception {
        Path notDbLib = dir.resolve("photo.DbLib");
        Files.write(notDbLib, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, (byte) 0xff});
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", notDbLib.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("photo.DbLib");
        assertNoOutputLeft(out);
    }

    @Test
    void aDbLibWithoutDatabaseLinksIsBadInput() throws Exception {
        Path broken = dir.resolve("broken.DbLib");
        Files.writeString(broken, "[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n[Table1]\r\nTableName=Resistors\r\n");
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", broken.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("broken.DbLib").contains("[DatabaseLinks]");
        assertNoOutputLeft(out);
    }

    @Test
    void aDatabaseThatCannotBeFoundIsBadInputSayingWhereItLooked() throws Exception {
        Files.delete(dir.resolve("altium/Parts.sqlite"));
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(dir.resolve("altium/Parts.sqlite").toString()).contains("--database");
        assertThat(run.all()).doesNotContain(TableLibraryGenerator.SECRET);
        assertNoOutputLeft(out);
    }

    @Test
    void aTableThatDoesNotExistIsSkippedListingTheTablesAndTheRunCompletesWithWarnings() throws Exception {
        String text = Files.readString(dbLib).replace("TableName=Resistors", "TableName=Resistorz");
        Files.writeString(dbLib, text);
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stderr()).contains("1 tables skipped").contains("'Resistorz'").contains("Resistors");
        assertThat(run.stdout()).contains("Skipped tables").contains("Resistorz: ").contains("exit code 3");
        assertThat(out.resolve("Parts.kicad_dbl")).exists();
    }

    @Test
    void quietPrintsOnlyTheKicadDblPathAndKeepsWarningsAndExitCodes() throws Exception {
        Path out = dir.resolve("kicad");
        // preserve mode keeps the Altium library references, whose files are not there
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--quiet", "--mapping-mode", "preserve");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).isEqualTo(out.resolve("Parts.kicad_dbl") + System.lineSeparator());
        // no progress bar, no table; but the parts KiCad cannot load are never silent
        assertThat(run.stderr()).isEqualTo("warning: Missing Altium library files: 4 (372 part references; KiCad cannot load "
                + "these parts)" + System.lineSeparator() + "Every such part is listed in " + out.resolve("report.html") + "."
                + System.lineSeparator());
        assertThat(out.resolve("Parts.sqlite")).exists();
        assertThat(out.resolve("migration-summary.json")).exists();

        // a skipped table: the warnings still reach standard error, the exit code is still 3
        Files.writeString(dbLib, Files.readString(dbLib).replace("TableName=Resistors", "TableName=Resistorz"));
        Path warned = dir.resolve("warned");
        Run warnings = cli("migrate", dbLib.toString(), "-o", warned.toString(), "-q");
        assertThat(warnings.exitCode()).as(warnings.all()).isEqualTo(3);
        assertThat(warnings.stdout()).isEqualTo(warned.resolve("Parts.kicad_dbl") + System.lineSeparator());
        assertThat(warnings.stderr()).contains("1 tables skipped").contains("'Resistorz'")
                .contains("Completed with 10 warnings").contains("exit code 3");

        // bad input: the error and exit code 2, nothing on standard output
        Run bad = cli("migrate", dir.resolve("nope.DbLib").toString(), "-o", dir.resolve("bad").toString(), "--quiet");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stdout()).isEmpty();
        assertThat(bad.stderr()).contains("nope.DbLib");
    }

    @Test
    void aNonEmptyOutputFolderNeedsForceAndIsReplacedOnlyWithIt() throws Exception {
        Path out = dir.resolve("kicad");
        Files.createDirectories(out);
        Files.writeString(out.resolve("precious.txt"), "keep me");
        Run refused = cli("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains(out.toString()).contains("--force");
        assertThat(out.resolve("precious.txt")).hasContent("keep me");

        // a failing run with --force leaves the previous output untouched
        Files.move(dir.resolve("altium/Parts.sqlite"), dir.resolve("elsewhere.sqlite"));
        Run failed = cli("migrate", dbLib.toString(), "-o", out.toString(), "--force");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(out.resolve("precious.txt")).hasContent("keep me");

        Run forced = cli("migrate", dbLib.toString(), "-o", out.toString(), "--force", "--database", dir.resolve("elsewhere.sqlite").toString());
        assertThat(forced.exitCode()).as(forced.all()).isZero();
        assertThat(out.resolve("precious.txt")).doesNotExist();
        assertThat(out.resolve("Parts.kicad_dbl")).exists();
    }

    @Test
    void aMalformedMappingTableIsRejectedBeforeAnythingIsWritten() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules:\n  - match: { \"Footprint Ref\": { regex: \"RESC(1608\" } }\n    symbol: Device:R\n"
                + "    footprints: [Resistor_SMD:R_0603_1608Metric]\n");
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--mapping-tables", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(rules.toString()).contains("line 2");
        assertNoOutputLeft(out);

        Files.writeString(rules, "rules:\n  - match: { \"Footprint Ref\": RESC1608X55N }\n    symbol: Device:R\n"
                + "    footprints: [Resistor_SMD:R_0603_NoSuchFootprint]\n");
        Run unknown = cli("migrate", dbLib.toString(), "-o", out.toString(), "--mapping-tables", rules.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains(rules.toString()).contains("R_0603_NoSuchFootprint");
        assertNoOutputLeft(out);
    }

    @Test
    void twoRunsInSeparateProcessesWriteTheSameDatabaseAndReport() throws Exception {
        Path sample = Path.of("..", "examples", "sample", "Sample.DbLib").toAbsolutePath();
        for (String out : List.of("first", "second")) {
            Run run = cli("migrate", sample.toString(), "-o", dir.resolve(out).toString(), "--cache-directory",
                    dir.resolve("cache-" + out).toString());
            assertThat(run.exitCode()).as(run.all()).isZero();
        }
        assertThat(Files.readAllBytes(dir.resolve("second/mapping-report.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("first/mapping-report.csv")));
        assertThat(io.github.altium2kicad.core.testing.DatabaseDump.rowsInWrittenOrder(dir.resolve("second/Sample.sqlite")))
                .isEqualTo(io.github.altium2kicad.core.testing.DatabaseDump.rowsInWrittenOrder(dir.resolve("first/Sample.sqlite")));
    }

    @Test
    void aUserRuleFailingOnMorePartsThanMaxPartErrorsStopsTheRunWithExitCode2AndNoOutput() throws Exception {
        Path services = dir.resolve("rule-registration/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(MappingRule.class.getName()), Failing0805Rule.class.getName() + "\n");
        List<Path> classPath = List.of(dir.resolve("rule-registration"), codeSource(Failing0805Rule.class), codeSource(FailingRule.class));
        Path out = dir.resolve("kicad");

        Run stopped = cliWith(classPath, "migrate", dbLib.toString(), "-o", out.toString(), "--max-part-errors", "39");
        assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(2);
        assertThat(stopped.stderr()).contains("more than max_part_errors (39) allows")
                .contains("table 'Resistors', row 3, key 'RES-3': mapping rule 'acme' failed (IllegalStateException: no pitch in RESC2012X70N)")
                .contains("raise max_part_errors").doesNotContain("\tat ");
        assertNoOutputLeft(out);

        Run finished = cliWith(classPath, "migrate", dbLib.toString(), "-o", out.toString());
        assertThat(finished.exitCode()).as(finished.all()).isZero();
        assertThat(finished.stdout()).contains("Rule errors").containsPattern("Resistors\\s+124\\s+121\\s+1\\s+2\\s+0\\s+40");
        assertThat(Files.readString(out.resolve("migration-summary.json"))).contains("\"kind\" : \"rule_error\"");
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aBadOptionValueIsBadInput() throws Exception {
        Run run = cli("migrate", dbLib.toString(), "-o", dir.resolve("k").toString(), "--duplicate-keys", "keep-last");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--duplicate-keys").contains("keep-first, rename, fail");
    }

    @Test
    void cacheClearDeletesThePersistentCacheSoTheNextRunDecidesEveryPartAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Run first = cli("migrate", dbLib.toString(), "-o", dir.resolve("first").toString(), "--cache-directory", cache.toString());
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(cache.resolve("mapping-cache.sqlite")).exists();

        Run clear = cli("cache", "clear", "--cache-directory", cache.toString());
        assertThat(clear.exitCode()).as(clear.all()).isZero();
        assertThat(clear.stdout()).contains("Cleared the mapping cache in " + cache);
        assertThat(cache.resolve("mapping-cache.sqlite")).doesNotExist();

        Run again = cli("cache", "clear", "--cache-directory", cache.toString());
        assertThat(again.stdout()).contains("No mapping cache in " + cache);
        Run cold = cli("migrate", dbLib.toString(), "-o", dir.resolve("cold").toString(), "--cache-directory", cache.toString());
        assertThat(cold.stdout()).contains("persistent cache 0 of").doesNotContain("rules ran 0\n")
                .containsPattern("rules ran [0-9,]+; standard rule: [0-9,]+ footprint decisions for [0-9,]+ distinct footprints");
    }

    @Test
    void helpExplainsTheCommandsAndExitCodes() throws Exception {
        Run help = cli("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("migrate", "inspect", "Exit codes");
        Run migrateHelp = cli("migrate", "--help");
        assertThat(migrateHelp.exitCode()).isZero();
        assertThat(migrateHelp.stdout()).contains("--output", "--force", "--config", "--batch-size", "--duplicate-keys",
                "--mapping-mode", "--max-memory-usage", "--quiet");
    }

    @Test
    void migrateHelpListsEveryOutputFileAndTheDefaults() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(p -> p.getFileName().toString().replace("Parts", "<name>")).sorted().toList();
        }
        Run help = cli("migrate", "--help");
        assertThat(help.exitCode()).isZero();
        // every file a migration writes is in the help, each on a line of its own, as wide as the terminal
        assertThat(written).hasSize(8);
        for (String file : written) {
            assertThat(help.stdout()).as("help lists " + file).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(file) + " ");
        }
        assertThat(help.stdout()).contains("<name>-<server>.kicad_dbl  with --output-database");
        assertThat(help.stdout().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        // the defaults, as MigrationConfig has them
        assertThat(help.stdout()).containsPattern("writer\\. Default: 1000\\. \\(config: batch_size\\)")
                .containsPattern("How symbols and footprints are chosen\\. Default:\\s+standard\\.")
                .containsPattern("Default:\\s+keep-first\\.")
                .containsPattern("Default:\\s+0\\.9\\.")
                .containsPattern("DbLib says\\. Default: from the DbLib\\.");
    }

    @Test
    void aMistypedCommandOrOptionSuggestsTheRightOneAndNamesTheCommandOnce() throws Exception {
        Run command = cli("migrat");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.stderr()).contains("'migrat'").contains("Did you mean: altium2kicad migrate?")
                .contains("Run 'altium2kicad --help' for usage.").doesNotContain("altium2kicad altium2kicad");

        Run option = cli("migrate", dbLib.toString(), "-o", dir.resolve("k").toString(), "--batch-sise", "10");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.stderr()).contains("Did you mean: --batch-size?").contains("Run 'altium2kicad migrate --help' for usage.");
        assertThat(dir.resolve("k")).doesNotExist();

        Run nested = cli("cache", "clr");
        assertThat(nested.exitCode()).isEqualTo(2);
        assertThat(nested.stderr()).contains("Did you mean: altium2kicad cache clear?");
    }

    @Test
    void inspectShowsTablesAndHidesThePassword() throws Exception {
        Run run = cli("inspect", dbLib.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("Resistors").contains("DISABLED").contains("Part Number").contains("PWD=*****");
        assertThat(run.all()).doesNotContain(TableLibraryGenerator.SECRET);
    }

    @Test
    void anUnreachableOutputDatabaseSaysTheLocalOutputWasPublished() throws Exception {
        Path out = dir.resolve("kicad");
        Run run = cli("migrate", dbLib.toString(), "-o", out.toString(), "--output-database",
                "jdbc:postgresql://127.0.0.1:9/kicad?user=designer&password=" + TableLibraryGenerator.SECRET);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains("Cannot reach")
                .contains("The local output was published: the local output in " + out + " is complete")
                .contains("only the server was not updated");
        assertThat(run.all()).doesNotContain(TableLibraryGenerator.SECRET);
        assertThat(out.resolve("Parts.kicad_dbl")).exists();
        assertThat(out.resolve("Parts-postgresql.kicad_dbl")).doesNotExist();
    }

    @Test
    void aBraceNeverClosedInTheConnectionStringIsBadInputThatHidesThePassword() throws Exception {
        // issue 10: inspect printed the rest of the string, password included, as the Driver value
        Path broken = TableLibraryGenerator.standard().connectionString("Driver={MySQL ODBC 8.0 Unicode Driver;"
                + "Server=127.0.0.1;Port=3399;Database=parts;UID=reader;PWD=" + TableLibraryGenerator.SECRET)
                .writeTo(dir.resolve("broken")).dbLib();
        Path jdbc = TableLibraryGenerator.standard().connectionString("jdbc:postgresql://reader:"
                + TableLibraryGenerator.SECRET + "@127.0.0.1:5499/parts").writeTo(dir.resolve("jdbc")).dbLib();

        Run inspect = cli("inspect", broken.toString());
        Run migrate = cli("migrate", broken.toString(), "-o", dir.resolve("out").toString());
        Run inspectJdbc = cli("inspect", jdbc.toString());

        assertThat(inspect.exitCode()).as(inspect.all()).isEqualTo(2);
        assertThat(inspect.stderr()).contains("line 4 in section [DatabaseLinks]")
                .contains("value of 'Driver' opens a { brace that is never closed");
        assertThat(migrate.exitCode()).as(migrate.all()).isEqualTo(2);
        assertThat(inspectJdbc.stdout()).contains("Connection:  jdbc:postgresql:*****");
        for (Run run : List.of(inspect, migrate, inspectJdbc)) {
            assertThat(run.all()).doesNotContain(TableLibraryGenerator.SECRET).doesNotContain("UID=reader");
        }
    }
}
