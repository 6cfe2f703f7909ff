package io.github.altium2kicad.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs KiCad 9's {@code kicad-cli}, so that tests ask KiCad's own Altium importer which names it lists. Found as
 * {@code $KICAD_CLI} (set by {@code /opt/kicad9/env.sh}), else under {@code $KICAD9_ROOT} (default {@code /opt/kicad9},
 * where {@code install-kicad9} puts it). Tests that use it are skipped where KiCad is not installed, but fail in CI
 * ({@code CI=true}), where it must be.
 */
public final class KicadCli {

    private static final Pattern TOP_SYMBOL = Pattern.compile("^\\t\\(symbol \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    private final Path executable;
    private final Map<String, String> environment;

    private KicadCli(Path executable, Map<String, String> environment) {
        this.executable = executable;
        this.environment = environment;
    }

    /** The installed kicad-cli; skips the calling test if there is none, except in CI. */
    public static KicadCli assumeInstalled() {
        String fromEnv = System.getenv("KICAD_CLI");
        if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) {
            return new KicadCli(Path.of(fromEnv), Map.of());
        }
        String rootVar = System.getenv("KICAD9_ROOT");
        Path root = Path.of(rootVar == null || rootVar.isBlank() ? "/opt/kicad9" : rootVar);
        Path cli = root.resolve("usr/bin/kicad-cli");
        boolean installed = Files.isExecutable(cli);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("kicad-cli 9 must be installed in CI (../shared/tools/install-kicad9)");
        }
        Assumptions.assumeTrue(installed, "KiCad 9's kicad-cli is not installed");
        String lib = root.resolve("usr/lib/x86_64-linux-gnu") + ":" + root.resolve("usr/lib/x86_64-linux-gnu/kicad");
        String previous = System.getenv("LD_LIBRARY_PATH");
        return new KicadCli(cli, Map.of("LD_LIBRARY_PATH", previous == null || previous.isBlank() ? lib : lib + ":" + previous));
    }

    /** The names of the symbols KiCad lists in an Altium {@code .SchLib} ({@code kicad-cli sym upgrade}). */
    public List<String> symbolNames(Path schLib, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve(schLib.getFileName() + ".kicad_sym");
        run(workDir, "sym", "upgrade", schLib.toString(), "-o", out.toString());
        Matcher m = TOP_SYMBOL.matcher(Files.readString(out, StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return names;
    }

    /** The names of the footprints KiCad lists in an Altium {@code .PcbLib} ({@code kicad-cli fp upgrade}). */
    public List<String> footprintNames(Path pcbLib, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve(pcbLib.getFileName() + ".pretty");
        run(workDir, "fp", "upgrade", pcbLib.toString(), "-o", out.toString());
        try (Stream<Path> files = Files.list(out)) {
            return List.copyOf(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".kicad_mod"))
                    .map(n -> n.substring(0, n.length() - ".kicad_mod".length())).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
    }

    private void run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Path config = Files.createDirectories(workDir.resolve("kicad-config"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        pb.environment().put("KICAD_CONFIG_HOME", config.toString()); // never the user's settings
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kicad-cli timed out: " + command);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("kicad-cli failed (" + p.exitValue() + "): " + command + "\n" + output);
        }
    }
}
