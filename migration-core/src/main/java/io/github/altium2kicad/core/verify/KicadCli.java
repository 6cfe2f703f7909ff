package io.github.altium2kicad.core.verify;

import io.github.altium2kicad.api.MigrationException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KiCad's command-line program, version 9 or later: where it is and how to run it.
 *
 * @param executable the {@code kicad-cli} program
 * @param version    what {@code kicad-cli version} printed, e.g. {@code 9.0.8}
 */
public record KicadCli(Path executable, String version) {

    /** The oldest KiCad major version whose ERC and database libraries the verification relies on. */
    public static final int MINIMUM_MAJOR_VERSION = 9;

    /** The environment variable naming the program, as KiCad's own install scripts set it. */
    public static final String ENVIRONMENT_VARIABLE = "KICAD_CLI";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** What one run printed. */
    public record Run(int exitCode, String output, boolean timedOut) {
    }

    /**
     * Finds {@code kicad-cli} 9 or later: {@code configured} (the {@code kicad_cli} setting), else {@code $KICAD_CLI},
     * else {@code kicad-cli} on the {@code PATH}.
     *
     * @throws MigrationException (bad input) saying where it looked and what to do, when it is missing, cannot run,
     *                            or is older than KiCad 9
     */
    public static KicadCli locate(Optional<Path> configured, Map<String, String> environment) {
        return locate(configured, environment, "verify_with_kicad is on", "turn verify_with_kicad off");
    }

    /**
     * As {@link #locate(Optional, Map)}, for the setting that asks for {@code kicad-cli}: errors start with
     * {@code asked} ({@code "native_libraries is kicad-cli"}) and end with {@code orElse} ({@code "set native_libraries
     * to off"}).
     */
    public static KicadCli locate(Optional<Path> configured, Map<String, String> environment, String asked, String orElse) {
        Path program;
        String source;
        if (configured.isPresent()) {
            program = configured.get();
            source = "the kicad_cli setting";
        } else if (environment.get(ENVIRONMENT_VARIABLE) != null && !environment.get(ENVIRONMENT_VARIABLE).isBlank()) {
            program = Path.of(environment.get(ENVIRONMENT_VARIABLE).strip());
            source = "$" + ENVIRONMENT_VARIABLE;
        } else {
            program = onPath(environment.getOrDefault("PATH", "")).orElseThrow(() -> MigrationException.badInput(
                    asked + ", but kicad-cli was not found: the kicad_cli setting is not set, $"
                            + ENVIRONMENT_VARIABLE + " is not set and no kicad-cli is on the PATH. Install KiCad 9 (see the "
                            + "README, 'Proving the output with KiCad'), set kicad_cli (--kicad-cli) to its kicad-cli, "
                            + "or " + orElse + "."));
            source = "the PATH";
        }
        if (!Files.isRegularFile(program) || !Files.isExecutable(program)) {
            throw MigrationException.badInput(asked + ", but " + program + " (from " + source
                    + ") is not an executable kicad-cli. Point kicad_cli (--kicad-cli) or $" + ENVIRONMENT_VARIABLE
                    + " at KiCad 9's kicad-cli, or " + orElse + ".");
        }
        KicadCli probe = new KicadCli(program, "?");
        Run run;
        try {
            run = probe.run(List.of("version"), program.toAbsolutePath().getParent(), Map.of(), 60);
        } catch (IOException e) {
            throw MigrationException.badInput(asked + ", but " + program + " (from " + source
                    + ") cannot be run: " + e.getMessage(), e);
        }
        Matcher m = VERSION.matcher(run.output());
        if (run.exitCode() != 0 || !m.find()) {
            throw MigrationException.badInput(asked + ", but '" + program + " version' (from " + source
                    + ") failed" + (run.timedOut() ? " (timed out)" : " with exit code " + run.exitCode()) + ": "
                    + firstLines(run.output()) + ". Is it KiCad's kicad-cli, with its libraries on LD_LIBRARY_PATH?");
        }
        int major = Integer.parseInt(m.group(1));
        if (major < MINIMUM_MAJOR_VERSION) {
            throw MigrationException.badInput(asked + ", which needs KiCad " + MINIMUM_MAJOR_VERSION + " or later, but "
                    + program + " (from " + source + ") is KiCad " + m.group() + ". Install KiCad 9 and set kicad_cli "
                    + "(--kicad-cli) to its kicad-cli, or " + orElse + ".");
        }
        return new KicadCli(program, m.group());
    }

    /**
     * Runs {@code kicad-cli} with {@code arguments} in {@code workingDirectory}, with {@code environment} added to this
     * process's, and waits at most {@code timeoutSeconds}. Output and errors are read together.
     */
    public Run run(List<String> arguments, Path workingDirectory, Map<String, String> environment, long timeoutSeconds)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("kicad-cli", ".log");
        try {
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while kicad-cli ran", e);
            }
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Run(finished ? process.exitValue() : -1, output, !finished);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> onPath(String path) {
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                Path candidate = Path.of(folder, "kicad-cli");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLines(String output) {
        String text = output.strip();
        return text.isEmpty() ? "(no output)" : text.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse(text);
    }
}
