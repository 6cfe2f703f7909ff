package io.github.altium2kicad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * KiCad 9's command line, run to ask KiCad's own Altium importer what it reads from a {@code .SchLib} or
 * {@code .PcbLib} ({@code kicad-cli sym upgrade}, {@code kicad-cli fp upgrade}). Found through the {@code KICAD_CLI}
 * variable, {@code /opt/kicad9/env.sh} (as written by {@code install-kicad9}) or {@code kicad-cli} on the PATH; only
 * version 9 or later is used. Each run gets a throw-away {@code KICAD_CONFIG_HOME}.
 *
 * @param executable  the {@code kicad-cli} program
 * @param environment variables added to its environment (e.g. {@code LD_LIBRARY_PATH} from {@code env.sh})
 * @param version     what {@code kicad-cli version} printed
 */
public record KicadCli(Path executable, Map<String, String> environment, String version) {

    private static final Path ENV_SH = Path.of("/opt/kicad9/env.sh");
    private static final Pattern SYMBOL = Pattern.compile("^\\t\\(symbol \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    private static final Pattern FOOTPRINT = Pattern.compile("^\\(footprint \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    public KicadCli {
        environment = Map.copyOf(environment);
    }

    /** KiCad 9's command line if it is installed, else empty. */
    public static Optional<KicadCli> locate() {
        List<KicadCli> candidates = new ArrayList<>();
        String env = System.getenv("KICAD_CLI");
        if (env != null && !env.isBlank()) {
            candidates.add(new KicadCli(Path.of(env), Map.of(), ""));
        }
        if (Files.isRegularFile(ENV_SH)) {
            Map<String, String> sourced = sourced(ENV_SH);
            String cli = sourced.get("KICAD_CLI");
            if (cli != null) {
                Map<String, String> extra = new LinkedHashMap<>();
                if (sourced.containsKey("LD_LIBRARY_PATH")) {
                    extra.put("LD_LIBRARY_PATH", sourced.get("LD_LIBRARY_PATH"));
                }
                candidates.add(new KicadCli(Path.of(cli), extra, ""));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(new KicadCli(Path.of(dir, "kicad-cli"), Map.of(), ""));
            }
        }
        for (KicadCli candidate : candidates) {
            if (Files.isExecutable(candidate.executable())) {
                Optional<KicadCli> found = candidate.withVersion();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The symbols KiCad imports from {@code schLib}, name → pins (over all units), in file order.
     *
     * @throws IllegalStateException if KiCad cannot convert the file
     */
    public Map<String, Integer> symbols(Path schLib, Path workDir) {
        Path out = workDir.toAbsolutePath().resolve(stem(schLib) + ".kicad_sym");
        run(workDir, executable.toString(), "sym", "upgrade", schLib.toAbsolutePath().toString(), "-o", out.toString());
        String text = read(out);
        Map<String, Integer> symbols = new LinkedHashMap<>();
        Matcher m = SYMBOL.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(unescape(m.group(1)));
            spans.add(new int[] {m.start()});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String block = text.substring(spans.get(i)[0], end);
            symbols.put(names.get(i), count(block, "(pin "));
        }
        return symbols;
    }

    /**
     * The footprints KiCad imports from {@code pcbLib}, name → pads, sorted by name.
     *
     * @throws IllegalStateException if KiCad cannot convert the file
     */
    public Map<String, Integer> footprints(Path pcbLib, Path workDir) {
        Path out = workDir.toAbsolutePath().resolve(stem(pcbLib) + ".pretty");
        deleteTree(out);
        run(workDir, executable.toString(), "fp", "upgrade", pcbLib.toAbsolutePath().toString(), "-o", out.toString());
        Map<String, Integer> footprints = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".kicad_mod")).toList()) {
                String text = read(file);
                Matcher m = FOOTPRINT.matcher(text);
                if (m.find()) {
                    footprints.put(unescape(m.group(1)), count(text, "(pad "));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("kicad-cli fp upgrade wrote no footprint folder for " + pcbLib, e);
        }
        return footprints;
    }

    private Optional<KicadCli> withVersion() {
        try {
            Path tmp = Files.createTempDirectory("kicad-cli-version");
            String printed = run(tmp, executable.toString(), "version").strip();
            Matcher m = Pattern.compile("^(\\d+)\\.").matcher(printed);
            if (m.find() && Integer.parseInt(m.group(1)) >= 9) {
                return Optional.of(new KicadCli(executable, environment, printed));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private String run(Path workDir, String... command) {
        try {
            Path config = Files.createDirectories(workDir.resolve("kicad-config"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(environment);
            pb.environment().put("KICAD_CONFIG_HOME", config.toString());
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kicad-cli did not finish in 300 s: " + String.join(" ", command));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kicad-cli exited with " + p.exitValue() + " for "
                        + String.join(" ", command) + ": " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> sourced(Path envSh) {
        try {
            Process p = new ProcessBuilder("bash", "-c", ". \"$1\" >/dev/null 2>&1 && env -0", "bash", envSh.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Map<String, String> vars = new LinkedHashMap<>();
            for (String line : out.split("\0")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    vars.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return vars;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kicad-cli wrote no " + file, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
