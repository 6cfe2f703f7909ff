package io.github.altium2kicad.core.testing;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.verify.KicadCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * KiCad 9 as the verification tests need it: {@code kicad-cli} 9 (from {@code $KICAD_CLI} or the PATH, as
 * {@code . /opt/kicad9/env.sh} sets them), KiCad's standard libraries ({@code kicad-symbols}, {@code kicad-footprints})
 * and the SQLite ODBC driver. Tests that use it are skipped on a developer machine without them, but fail in CI
 * ({@code CI=true}), where {@code .ci/run} installs them.
 */
public final class InstalledKicad {

    private static final Path DEVICE_SYMBOLS = Path.of("/usr/share/kicad/symbols/Device.kicad_sym");
    private static final Path SMD_RESISTORS = Path.of("/usr/share/kicad/footprints/Resistor_SMD.pretty");

    private InstalledKicad() {
    }

    /** The installed kicad-cli; skips the calling test where KiCad 9 is missing, except in CI. */
    public static KicadCli require() {
        IsqlClient.assumeInstalled(); // KiCad reaches the database through unixODBC and the SQLite3 driver
        String missing = null;
        KicadCli cli = null;
        try {
            cli = KicadCli.locate(Optional.empty(), System.getenv());
        } catch (MigrationException e) {
            missing = e.getMessage();
        }
        if (missing == null && (!Files.isRegularFile(DEVICE_SYMBOLS) || !Files.isDirectory(SMD_RESISTORS))) {
            missing = "KiCad's standard libraries are not installed (apt-get install kicad-symbols kicad-footprints)";
        }
        if (missing != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("KiCad 9 must be installed in CI (.ci/run: ../shared/tools/install-kicad9, then "
                    + ". /opt/kicad9/env.sh): " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        return cli;
    }

    /**
     * The real Altium {@code .SchLib}/{@code .PcbLib} files of {@code shared/fixtures/altium-libs} (beside the
     * repository); skips where they are absent, except in CI.
     */
    public static Path altiumFixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve("shared/fixtures/altium-libs");
            if (Files.isDirectory(fixtures)) {
                return fixtures;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("shared/fixtures/altium-libs must be beside the repository in CI");
        }
        Assumptions.abort("shared/fixtures/altium-libs is not beside the repository");
        return null;
    }
}
