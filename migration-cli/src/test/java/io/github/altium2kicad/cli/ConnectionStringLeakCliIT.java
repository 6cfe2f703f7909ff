package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.testing.MutatedConnectionStrings;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated connection strings holding a known password through the real CLI ({@code inspect --debug} for each,
 * {@code migrate --debug} for some, in a child JVM): the password, or a fragment of it, must appear nowhere in
 * standard output, standard error (where the log goes), the outputs written or the cache. The SQLite forms find
 * the library's real database, so those migrations run to the end and write every output file.
 */
class ConnectionStringLeakCliIT {

    static final int SAMPLES = Integer.getInteger("leakfuzz.cliSamples", 1_500);
    static final int MIGRATE_EVERY = 15;

    @TempDir
    Path dir;

    @Test
    void noOutputOfTheCliShowsThePassword() throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        Path outputs = Files.createDirectories(dir.resolve("outputs"));
        Path home = Files.createDirectories(dir.resolve("home"));
        String classPath = System.getProperty("cli.jar") + File.pathSeparator + codeSource(ConnectionStringLeakHarness.class)
                + File.pathSeparator + codeSource(MutatedConnectionStrings.class);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", classPath, ConnectionStringLeakHarness.class.getName(), dbLib.toString(),
                outputs.toString(), String.valueOf(SAMPLES), "20261202", String.valueOf(MIGRATE_EVERY))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(printed.substring(Math.max(0, printed.length() - 3000))).isZero();
        assertThat(printed).contains("harness done");

        List<String> leaks = new ArrayList<>();
        leaks.addAll(leaksIn("stdout/stderr", printed));
        int files = 0;
        for (Path folder : List.of(outputs, home)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    files++;
                    leaksIn(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).forEach(leaks::add);
                }
            }
        }
        System.out.printf("CLI: %d mutated connection strings (inspect), %d migrations, %d files written, %d characters "
                + "printed, leaks: %d%n", SAMPLES, (SAMPLES + MIGRATE_EVERY - 1) / MIGRATE_EVERY, files, printed.length(), leaks.size());
        assertThat(files).as("the SQLite forms migrate to the end").isGreaterThan(10);
        assertThat(leaks).isEmpty();
    }

    private static List<String> leaksIn(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String password : MutatedConnectionStrings.PASSWORDS) {
            for (String secret : new MutatedConnectionStrings.Sample("", password).secrets()) {
                int at = lower.indexOf(secret.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    found.add(where + ": '" + secret + "' in ..." + text.substring(Math.max(0, at - 200),
                            Math.min(text.length(), at + 50)).replace('\n', '|') + "...");
                }
            }
        }
        return found;
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
