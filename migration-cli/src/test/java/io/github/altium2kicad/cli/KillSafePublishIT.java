package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.core.internal.output.OutputFolder;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs of the real CLI stopped the hard way over an existing output: halted by the test hook at each step of the
 * publish (the point a {@code kill -9} rarely hits by chance), and killed with SIGKILL at random times. After each,
 * the next run must find a complete output or make one, and leave no stale staging folder (issue 10).
 */
class KillSafePublishIT {

    static final int RANDOM_KILLS = Integer.getInteger("killsafe.randomKills", 6);

    @TempDir
    Path dir;
    Path dbLib;
    Path out;

    record Run(int exitCode, String output) {
    }

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        out = dir.resolve("kicad");
    }

    private Process start(String... javaOptionsThenArgs) throws IOException {
        return builder(javaOptionsThenArgs).redirectErrorStream(true).start();
    }

    private ProcessBuilder builder(String... javaOptionsThenArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Path.of("target", "test-home").toAbsolutePath()));
        int i = 0;
        while (i < javaOptionsThenArgs.length && javaOptionsThenArgs[i].startsWith("-D")) {
            command.add(javaOptionsThenArgs[i++]);
        }
        command.addAll(List.of("-jar", System.getProperty("cli.jar")));
        command.addAll(List.of(javaOptionsThenArgs).subList(i, javaOptionsThenArgs.length));
        return new ProcessBuilder(command);
    }

    private Run run(String... javaOptionsThenArgs) throws Exception {
        Process p = start(javaOptionsThenArgs);
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private List<String> stale() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".kicad.partial-") || n.startsWith(".kicad.previous-") || n.equals(".kicad.publish"))
                    .sorted().toList();
        }
    }

    /** A whole output: the .kicad_dbl parses, the database has every enabled table's parts, the summary is there. */
    private void assertCompleteOutput() throws Exception {
        assertThat(new ObjectMapper().readTree(out.resolve("Parts.kicad_dbl").toFile()).path("libraries").size()).isEqualTo(2);
        assertThat(out.resolve("migration-summary.json")).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("Parts.sqlite"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM Resistors")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isPositive();
        }
    }

    @ParameterizedTest(name = "halted at {0}")
    @EnumSource(OutputFolder.PublishStep.class)
    void aRunHaltedWhilePublishingIsRepairedByTheNextRun(OutputFolder.PublishStep step) throws Exception {
        Run first = run("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();

        Run halted = run("-D" + OutputFolder.HALT_AT_PROPERTY + "=" + step, "migrate", dbLib.toString(), "-o", out.toString(),
                "--force");
        assertThat(halted.exitCode()).as(halted.output()).isEqualTo(137);
        assertThat(halted.output()).contains("halting at " + step);
        if (step == OutputFolder.PublishStep.PREVIOUS_MOVED_ASIDE) {
            assertThat(out).doesNotExist(); // the state issue 10 found: nothing at -o until the next run
        }
        assertThat(stale()).isNotEmpty();

        Run next = run("migrate", dbLib.toString(), "-o", out.toString(), "--incremental");

        assertThat(next.exitCode()).as(next.output()).isZero();
        assertCompleteOutput();
        assertThat(stale()).isEmpty();
    }

    @Test
    void randomKillsOverAnExistingOutputLeaveNothingBehindAfterTheNextRun() throws Exception {
        Run first = run("migrate", dbLib.toString(), "-o", out.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        long start = System.nanoTime();
        assertThat(run("migrate", dbLib.toString(), "-o", out.toString(), "--force").exitCode()).isZero();
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        Random random = new Random(10);
        int outputMissing = 0;
        for (int k = 0; k < RANDOM_KILLS; k++) {
            Process p = builder("migrate", dbLib.toString(), "-o", out.toString(), k % 2 == 0 ? "--force" : "--incremental")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep((long) (runMillis * (0.2 + 0.9 * random.nextDouble())));
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (!Files.exists(out)) {
                outputMissing++; // only between the two renames; the journal lets the next run repair it
                assertThat(dir.resolve(".kicad.publish")).isRegularFile();
            } else {
                assertCompleteOutput();
            }
        }
        Run next = run("migrate", dbLib.toString(), "-o", out.toString(), "--incremental");

        assertThat(next.exitCode()).as(next.output()).isZero();
        assertCompleteOutput();
        assertThat(stale()).isEmpty();
        System.out.printf("random kills: %d (run %d ms), output path empty right after a kill: %d, stale folders after the "
                + "next run: %d%n", RANDOM_KILLS, runMillis, outputMissing, stale().size());
    }
}
