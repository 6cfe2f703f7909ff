package io.github.altium2kicad.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Queries a database through unixODBC's {@code isql}, the client stack KiCad uses on Linux. Tests that use it
 * are skipped on a developer machine without unixODBC, but fail in CI ({@code CI=true}), where {@code .ci/run}
 * installs it.
 */
public final class IsqlClient {

    private final String connectionString;

    public IsqlClient(String connectionString) {
        this.connectionString = connectionString;
    }

    /** Skips the calling test where unixODBC is not installed, except in CI where it must be. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/isql"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("isql (unixodbc) and the SQLite3 ODBC driver (libsqliteodbc) must be installed in CI");
        }
        Assumptions.assumeTrue(installed, "unixODBC's isql is not installed");
    }

    /** Runs one SELECT; returns the rows (the first is the header), values split on tabs. */
    public List<List<String>> query(String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("isql", "-k", connectionString, "-b", "-v", "-c", "-x0x09")
                .redirectErrorStream(true).start();
        p.getOutputStream().write((sql + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("isql timed out on: " + sql);
        }
        if (p.exitValue() != 0 || out.contains("[ISQL]ERROR") || out.matches("(?s).*\\[[0-9A-Z]{5}\\].*")) {
            throw new AssertionError("isql failed on: " + sql + "\n" + out);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        return rows;
    }
}
