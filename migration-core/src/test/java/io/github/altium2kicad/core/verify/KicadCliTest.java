package io.github.altium2kicad.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.testing.InstalledKicad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding kicad-cli 9: the setting, then $KICAD_CLI, then the PATH; a clear error when it is missing or too old. */
class KicadCliTest {

    @TempDir
    Path dir;

    @Test
    void findsTheInstalledKicad9ThroughTheEnvironmentThePathAndTheSetting() {
        KicadCli installed = InstalledKicad.require();
        assertThat(installed.version()).matches("9\\.\\d+(\\.\\d+)?");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove(KicadCli.ENVIRONMENT_VARIABLE);
        env.put("PATH", installed.executable().getParent() + ":/usr/bin:/bin");
        assertThat(KicadCli.locate(Optional.empty(), env).executable()).isEqualTo(installed.executable().getParent().resolve("kicad-cli"));
        env.put("PATH", "/usr/bin:/bin");
        assertThat(KicadCli.locate(Optional.of(installed.executable()), env).version()).isEqualTo(installed.version());
    }

    @Test
    void aMissingKicadCliSaysWhereItLookedAndWhatToDo() {
        Map<String, String> env = Map.of("PATH", dir.toString());
        assertThatThrownBy(() -> KicadCli.locate(Optional.empty(), env))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("kicad-cli was not found")
                .hasMessageContaining("$KICAD_CLI")
                .hasMessageContaining("PATH")
                .hasMessageContaining("turn verify_with_kicad off")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThatThrownBy(() -> KicadCli.locate(Optional.of(dir.resolve("kicad-cli")), env))
                .hasMessageContaining(dir.resolve("kicad-cli") + " (from the kicad_cli setting) is not an executable kicad-cli");
    }

    @Test
    void aProgramThatIsNotKicadCliIsRejected() {
        Map<String, String> env = Map.of("KICAD_CLI", "/bin/echo");
        assertThatThrownBy(() -> KicadCli.locate(Optional.empty(), env))
                .hasMessageContaining("'/bin/echo version' (from $KICAD_CLI) failed");
    }

    @Test
    void kicad8IsTooOld() throws Exception {
        // KiCad 8 is not installed here; this script answers 'version' the way kicad-cli 8.0.9 does
        Path kicad8 = dir.resolve("kicad-cli");
        Files.writeString(kicad8, "#!/bin/sh\necho 8.0.9\n");
        Files.setPosixFilePermissions(kicad8, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> KicadCli.locate(Optional.empty(), Map.of("PATH", dir.toString())))
                .hasMessageContaining("verify_with_kicad is on, which needs KiCad 9 or later")
                .hasMessageContaining("is KiCad 8.0.9");
    }
}
