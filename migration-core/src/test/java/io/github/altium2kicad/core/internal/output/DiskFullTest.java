package io.github.altium2kicad.core.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.altium2kicad.api.MigrationException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk is named as such, with the output file that filled it and the room a run needs. */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void sqliteFullIsRecognisedAndReportedWithTheFileAndTheRoomNeeded() throws Exception {
        Path staging = Files.createDirectories(dir.resolve(".kicad.partial-3c1e4b2a-9d8f-4e7a-b6c5-0a1b2c3d4e5f"));
        Path database = staging.resolve("Company.sqlite");
        SQLException full = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("PRAGMA max_page_count = 8"); // SQLite's own SQLITE_FULL, as on a full disk
            st.execute("CREATE TABLE Resistors (\"Part Number\" TEXT, Description TEXT)");
            for (int i = 0; i < 10_000; i++) {
                st.execute("INSERT INTO Resistors VALUES ('CRCW0603" + i + "', 'RES SMD 10K OHM 1% 1/10W 0603 thick film')");
            }
        } catch (SQLException e) {
            full = e;
        }
        assertThat((Throwable) full).isNotNull();
        assertThat(DiskFull.causes(full)).isTrue();
        assertThat(DiskFull.causes(new SQLException("no such table: Resistors"))).isFalse();

        MigrationException failure = DiskFull.failure(database, full);

        assertThat(failure.getMessage()).startsWith("The disk is full: writing " + database + " stopped with ")
                .contains(" MB free on the disk of " + dir)
                .containsPattern("the run needs at least [0-9.]+ MB free there")
                .contains("Nothing was published: a previous output is unchanged.");
        Path source = dir.resolve("Parts.sqlite");
        Files.write(source, new byte[3_000_000]);
        assertThat(DiskFull.withSourceEstimate(failure, source).getMessage()).startsWith(failure.getMessage())
                .endsWith("The source database " + source + " has 3.0 MB: expect the finished output to take about 6.0 MB "
                        + "(twice the source).");
    }

    @Test
    void noSpaceLeftOnDeviceIsRecognised() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC, as on a full disk
        assumeThat(Files.exists(full)).as("/dev/full exists (Linux)").isTrue();
        IOException error = null;
        try (FileOutputStream out = new FileOutputStream(full.toFile())) {
            out.write(new byte[4096]);
            out.flush();
        } catch (IOException e) {
            error = e;
        }
        assertThat(error).isNotNull();
        assertThat(DiskFull.causes(new IOException("writing report.html", error))).isTrue();
        assertThat(DiskFull.causes(new IOException("Permission denied"))).isFalse();
    }
}
