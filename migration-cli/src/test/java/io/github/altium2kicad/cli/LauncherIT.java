package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher script {@code target/altium2kicad} as a user does: its java, its JVM options, the jar's exit codes. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("cli.jar")).resolveSibling("altium2kicad");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    private static Run launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return launchAt(LAUNCHER, environment, args);
    }

    private static Run launchAt(Path launcher, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ALTIUM2KICAD_JAVA_OPTS");
        builder.environment().put("JAVA", JAVA);
        builder.environment().putAll(environment);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void runsTheJarNextToItAndMigrates() throws Exception {
        assertThat(LAUNCHER).isExecutable();
        assertThat(LAUNCHER.resolveSibling("altium2kicad.cmd")).exists();
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        Run run = launch(Map.of(), "migrate", dbLib.toString(), "-o", dir.resolve("out").toString(), "--no-progress");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(dir.resolve("out").resolve(dbLib.getFileName().toString().replace(".DbLib", ".kicad_dbl"))).exists();
    }

    @Test
    void theBuildsClassDataArchiveIsOneThisJvmMaps() throws Exception {
        Path archive = LAUNCHER.resolveSibling("altium2kicad.jsa");
        assertThat(archive).as("made at package time by the training migration of the sample").exists();
        // -Xshare:on makes an archive the JVM cannot map an error instead of a silent fallback
        Run run = launch(Map.of("ALTIUM2KICAD_JAVA_OPTS", "-Xshare:on -XX:SharedArchiveFile=" + archive.toAbsolutePath()),
                "--version");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("altium2kicad ");
    }

    @Test
    void elsewhereTheArchiveIsIgnoredWithoutAWordAndWithoutItTheLauncherLeavesItOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("copied launcher"));
        for (String name : List.of("altium2kicad", "altium2kicad.jar", "altium2kicad.jsa")) {
            Files.copy(LAUNCHER.resolveSibling(name), folder.resolve(name));
        }
        Path copied = folder.resolve("altium2kicad");
        Files.setPosixFilePermissions(copied, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run stale = launchAt(copied, Map.of(), "--version"); // the archive names the jar it was made from: not this one
        assertThat(stale.exitCode()).as(stale.output()).isZero();
        assertThat(stale.output()).as("only the version, no CDS warning").matches("altium2kicad \\S+\n");

        Files.delete(folder.resolve("altium2kicad.jsa"));
        Path echo = dir.resolve("java-args");
        Files.writeString(echo, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(echo, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run without = launchAt(copied, Map.of("JAVA", echo.toString()), "--version");
        assertThat(without.output().lines()).containsExactly("-XX:TieredStopAtLevel=1", "-jar",
                folder.toAbsolutePath().resolve("altium2kicad.jar").toString(), "--version");
    }

    @Test
    void passesTheJarsExitCodeOn() throws Exception {
        Run run = launch(Map.of(), "migrate", dir.resolve("missing.DbLib").toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("missing.DbLib");
    }

    @Test
    void theJvmGetsTheDefaultOptionsOrTheUsersInstead() throws Exception {
        // a java that prints what it was given, one argument per line, to see the words exactly
        Path echo = dir.resolve("java-args");
        Files.writeString(echo, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(echo, PosixFilePermissions.fromString("rwxr-xr-x"));
        String jar = LAUNCHER.toAbsolutePath().normalize().resolveSibling("altium2kicad.jar").toString();

        String archive = LAUNCHER.toAbsolutePath().normalize().resolveSibling("altium2kicad.jsa").toString();
        Run defaults = launch(Map.of("JAVA", echo.toString()), "migrate", "My Library.DbLib");
        assertThat(defaults.output().lines()).containsExactly("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", jar, "migrate", "My Library.DbLib");

        Run own = launch(Map.of("JAVA", echo.toString(), "ALTIUM2KICAD_JAVA_OPTS", "-Xmx2g -Dx=y"), "--version");
        assertThat(own.output().lines()).containsExactly("-Xmx2g", "-Dx=y", "-jar", jar, "--version");

        Run none = launch(Map.of("JAVA", echo.toString(), "ALTIUM2KICAD_JAVA_OPTS", ""), "--version");
        assertThat(none.output().lines()).containsExactly("-jar", jar, "--version");

        // and the real JVM takes them: a heap too small to start is refused
        Run tooSmall = launch(Map.of("ALTIUM2KICAD_JAVA_OPTS", "-Xmx1k"), "--version");
        assertThat(tooSmall.exitCode()).isNotZero();
        assertThat(tooSmall.output()).contains("heap");
    }
}
