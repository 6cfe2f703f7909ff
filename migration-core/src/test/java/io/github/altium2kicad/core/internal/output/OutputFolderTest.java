package io.github.altium2kicad.core.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staged output, its lock, the repair of what killed runs left, and what a failed publish says. Killing a real
 * process at the publish point is in the CLI's {@code KillSafePublishIT}.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    private Path previousOutput() throws Exception {
        Path out = dir.resolve("kicad-lib");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Company.kicad_dbl"), "{\"previous\": true}");
        return out;
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void staleStagingFoldersOfTheSameOutputAreDeletedOthersKept() throws Exception {
        Path out = previousOutput();
        Path stale = Files.createDirectories(dir.resolve(".kicad-lib.partial-0b9c7e51-6f0e-4a77-9d55-0d7b0f3c2a11"));
        Files.write(stale.resolve("Company.sqlite"), new byte[64 * 1024]);
        Files.createDirectories(dir.resolve(".kicad-lib.previous-6a1f0f6e-1c56-4d0c-9a4e-1f8d7f2b9e20/sub"));
        Path otherOutput = Files.createDirectories(dir.resolve(".kicad-lib-2.partial-4d2a7c0e-5b1f-4e2a-8f3d-2c9b8a7e6d10"));

        try (OutputFolder folder = OutputFolder.prepare(out, true)) {
            assertThat(stale).doesNotExist();
            assertThat(dir.resolve(".kicad-lib.previous-6a1f0f6e-1c56-4d0c-9a4e-1f8d7f2b9e20")).doesNotExist();
            assertThat(otherOutput).exists(); // another output's folder is not ours to delete
            Files.writeString(folder.staging().resolve("Company.kicad_dbl"), "{\"new\": true}");
            folder.publish();
        }
        assertThat(Files.readString(out.resolve("Company.kicad_dbl"))).isEqualTo("{\"new\": true}");
        assertThat(siblings()).containsExactly(".kicad-lib-2.partial-4d2a7c0e-5b1f-4e2a-8f3d-2c9b8a7e6d10", ".kicad-lib.lock",
                "kicad-lib");
    }

    @Test
    void aSecondRunForTheSameOutputStopsAndLeavesTheFirstRunsStagingAlone() throws Exception {
        Path out = previousOutput();
        try (OutputFolder first = OutputFolder.prepare(out, true)) {
            assertThatThrownBy(() -> OutputFolder.prepare(out, true))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Another altium2kicad run is writing the output folder " + out.toAbsolutePath())
                    .hasMessageContaining(".kicad-lib.lock");
            assertThat(first.staging()).isDirectory();
        }
        try (OutputFolder again = OutputFolder.prepare(out, true)) { // the lock is free once the first run ends
            assertThat(again.staging()).isDirectory();
        }
    }

    @Test
    void aPublishCutShortBetweenTheRenamesIsFinishedByTheNextRun() throws Exception {
        Path out = previousOutput();
        // the state a kill between the renames leaves: journal written, previous moved aside, new output staged
        Path previous = dir.resolve(".kicad-lib.previous-9f0e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f");
        Path staging = Files.createDirectories(dir.resolve(".kicad-lib.partial-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));
        Files.writeString(staging.resolve("Company.kicad_dbl"), "{\"new\": true}");
        PublishJournal.write(out, staging, previous);
        Files.move(out, previous);

        OutputFolder.recover(out);

        assertThat(Files.readString(out.resolve("Company.kicad_dbl"))).isEqualTo("{\"new\": true}");
        assertThat(siblings()).containsExactly("kicad-lib");
    }

    @Test
    void aPublishCutShortWithoutItsStagedOutputGetsThePreviousOutputBack() throws Exception {
        Path out = previousOutput();
        Path previous = dir.resolve(".kicad-lib.previous-9f0e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f");
        PublishJournal.write(out, dir.resolve(".kicad-lib.partial-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), previous);
        Files.move(out, previous);

        OutputFolder.recover(out);

        assertThat(Files.readString(out.resolve("Company.kicad_dbl"))).isEqualTo("{\"previous\": true}");
        assertThat(siblings()).containsExactly("kicad-lib");
    }

    @Test
    void aFailedPublishSaysWhatHappenedAndWhereThePreviousOutputIs() throws Exception {
        Path out = previousOutput();
        OutputFolder folder = OutputFolder.prepare(out, true);
        Files.writeString(folder.staging().resolve("Company.kicad_dbl"), "{\"new\": true}");
        OutputFolder.deleteRecursively(folder.staging()); // the staged output vanished (a cleaner, a full disk)

        assertThatThrownBy(folder::publish)
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Cannot publish the new output to " + out.toAbsolutePath() + ": moving it into place failed")
                .hasMessageContaining("The previous output is back, unchanged, in " + out.toAbsolutePath())
                .hasMessageContaining("the new output was discarded")
                .hasMessageNotContaining("Cannot move the finished output from");
        folder.close();
        assertThat(Files.readString(out.resolve("Company.kicad_dbl"))).isEqualTo("{\"previous\": true}");
        assertThat(siblings()).containsExactly(".kicad-lib.lock", "kicad-lib");
    }
}
