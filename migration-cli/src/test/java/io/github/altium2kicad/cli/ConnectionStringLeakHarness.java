package io.github.altium2kicad.cli;

import io.github.altium2kicad.core.testing.MutatedConnectionStrings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

/**
 * Run in a child JVM by {@link ConnectionStringLeakCliIT}: puts mutated connection strings into a DbLib one after
 * the other and runs {@code inspect --debug} on each, and {@code migrate --debug} on every
 * {@code migrateEvery}-th, in this one process, so that every line the CLI and its logging print lands on this
 * process's standard output and error.
 *
 * <p>Arguments: the DbLib, the folder for outputs, the sample count, the seed, migrateEvery.
 */
public final class ConnectionStringLeakHarness {

    private ConnectionStringLeakHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path dbLib = Path.of(args[0]);
        Path outputs = Path.of(args[1]);
        int samples = Integer.parseInt(args[2]);
        MutatedConnectionStrings strings = new MutatedConnectionStrings(Long.parseLong(args[3]));
        int migrateEvery = Integer.parseInt(args[4]);
        String template = Files.readString(dbLib, StandardCharsets.UTF_8);
        int[] exits = new int[3];
        for (int n = 0; n < samples; n++) {
            String cs = strings.next().connectionString().replace("\r", " ").replace("\n", " ");
            Files.writeString(dbLib, template.replaceFirst("(?m)^ConnectionString=.*?(\\r?)$",
                    Matcher.quoteReplacement("ConnectionString=" + cs) + "$1"), StandardCharsets.UTF_8);
            exits[Math.min(2, Altium2KicadCommand.execute("inspect", "--debug", dbLib.toString()))]++;
            if (n % migrateEvery == 0) {
                exits[Math.min(2, Altium2KicadCommand.execute("migrate", "--debug", "--no-progress", dbLib.toString(),
                        "-o", outputs.resolve("out-" + n).toString()))]++;
            }
        }
        System.out.println("harness done: exit 0: " + exits[0] + ", exit 1: " + exits[1] + ", exit 2: " + exits[2]);
    }
}
