package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.testing.InstalledKicad;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.core.verify.KicadCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verify-with-kicad} from the command line: on its own it turns the step on; without KiCad 9 it stops the run. */
class VerifyWithKicadCliIT {

    @TempDir
    Path dir;

    private CliIT.Run cli(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Path.of("target", "test-home").toAbsolutePath(), "-jar", System.getProperty("cli.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process p = builder.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new CliIT.Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theFlagAloneVerifiesWithKicadAndPrintsWhatKicadSaid() throws Exception {
        KicadCli kicad = InstalledKicad.require();
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        Path out = dir.resolve("kicad");
        CliIT.Run run = cli(Map.of(KicadCli.ENVIRONMENT_VARIABLE, kicad.executable().toString()),
                "migrate", "--verify-with-kicad", dbLib.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        // the resistors map to KiCad's Device:R and Resistor_SMD; the capacitor table's name holds a '"', which KiCad
        // cannot have in a part name (<library>/<key>): a schematic placing one of them does not load
        assertThat(run.stdout()).containsPattern("Checked by KiCad 9\\.[0-9.]+: 121 of 181 parts load")
                .containsPattern("name KiCad cannot use:\\s+60 parts")
                .contains("the library name 'Caps, \"Ceramic\" - 100% [X7R]' contains '\"'")
                .contains("Every one is listed in report.html and migration-summary.json (kicad_verification).");
    }

    @Test
    void withoutKicadCliTheRunStopsBeforeAnythingIsWritten() throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        Path out = dir.resolve("kicad");
        Map<String, String> env = new java.util.HashMap<>();
        env.put(KicadCli.ENVIRONMENT_VARIABLE, null);
        env.put("PATH", "/usr/bin:/bin");
        CliIT.Run run = cli(env, "migrate", dbLib.toString(), "-o", out.toString(), "--verify-with-kicad");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains("verify_with_kicad is on, but kicad-cli was not found");
        assertThat(out).doesNotExist();
    }
}
