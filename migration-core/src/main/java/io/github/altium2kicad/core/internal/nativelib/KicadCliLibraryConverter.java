package io.github.altium2kicad.core.internal.nativelib;

import io.github.altium2kicad.core.verify.KicadCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts one Altium library with KiCad's own importer: {@code kicad-cli sym upgrade X.SchLib -o X.kicad_sym} or
 * {@code kicad-cli fp upgrade X.PcbLib -o X.pretty}, into a folder of its own (kicad-cli refuses an existing output,
 * and a failed run must leave nothing behind). Thread-safe: each call runs its own process.
 */
final class KicadCliLibraryConverter {

    /** Longest a single conversion may take. */
    static final long TIMEOUT_SECONDS = 900;
    private static final Pattern MISSING_MODEL = Pattern.compile("Model .* not found");

    private final KicadCli cli;

    KicadCliLibraryConverter(KicadCli cli) {
        this.cli = cli;
    }

    /** What a conversion gave. */
    record Outcome(boolean converted, String failure, int modelsNotFound) {
    }

    /** The converter's version, which decides whether a previous conversion can be reused. */
    String version() {
        return "kicad-cli " + cli.version();
    }

    /**
     * Converts {@code source} into {@code output} (a path inside the empty folder {@code scratch}, which is the
     * working directory of the process and holds its KiCad settings).
     */
    Outcome convert(NativeLibraryKind kind, Path source, Path output, Path scratch) throws IOException {
        KicadCli.Run run = cli.run(List.of(kind.command(), "upgrade", source.toAbsolutePath().toString(), "-o",
                output.toAbsolutePath().toString()), scratch,
                // a settings folder of its own: the user's KiCad settings and other conversions running alongside do not
                // meet this one
                Map.of("KICAD_CONFIG_HOME", scratch.resolve("kicad-config").toAbsolutePath().toString()), TIMEOUT_SECONDS);
        int missingModels = (int) run.output().lines().filter(l -> MISSING_MODEL.matcher(l).find()).count();
        if (run.timedOut()) {
            return new Outcome(false, "kicad-cli " + kind.command() + " upgrade did not finish in " + TIMEOUT_SECONDS + " s",
                    missingModels);
        }
        boolean written = kind == NativeLibraryKind.SYMBOLS ? Files.isRegularFile(output) : Files.isDirectory(output);
        if (run.exitCode() != 0 || !written) {
            return new Outcome(false, "kicad-cli " + kind.command() + " upgrade failed (exit code " + run.exitCode()
                    + (written ? "" : ", nothing written") + "): " + lastLines(run.output()), missingModels);
        }
        return new Outcome(true, "", missingModels);
    }

    private static String lastLines(String output) {
        List<String> lines = output.strip().lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return "(no output)";
        }
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
