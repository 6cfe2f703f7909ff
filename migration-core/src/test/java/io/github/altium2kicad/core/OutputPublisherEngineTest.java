package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.api.output.OutputPublication;
import io.github.altium2kicad.api.output.OutputPublisher;
import io.github.altium2kicad.api.output.OutputPublisherProvider;
import io.github.altium2kicad.api.output.PublishedLibrary;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's output publishers without a server: a publisher given to {@link MigrationEngine.Builder#outputs} gets
 * the published folder and the {@code .kicad_dbl} model, runs after the folder is published, and its result or its
 * error reaches the caller.
 */
class OutputPublisherEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Publishes a copy of the output's SQLite database into {@code folder} with a .kicad_dbl pointing at it. */
    private record CopyingOutput(Path folder, List<PublishedLibrary> seen) implements OutputPublisherProvider {
        @Override
        public String name() {
            return "copy";
        }

        @Override
        public Optional<OutputPublisher> publisherFor(MigrationConfig config) {
            return Optional.of(library -> {
                seen.add(library);
                assertThat(library.kicadDbl()).exists(); // the folder is published before the publishers run
                try {
                    Files.createDirectories(folder);
                    Path copy = Files.copy(library.database(), folder.resolve("copy.sqlite"));
                    Path dbl = folder.resolve("copy.kicad_dbl");
                    library.writeKicadDbl(dbl, "a copy", "Driver={SQLite3};Database=" + copy);
                    List<OutputPublication.PublishedTable> tables = new ArrayList<>();
                    for (KicadDblLibrary lib : library.libraries()) {
                        tables.add(new OutputPublication.PublishedTable(lib.table(), count(copy, lib.table())));
                    }
                    return new OutputPublication("folder " + folder, dbl, "Driver={SQLite3};Database=" + copy, tables);
                } catch (Exception e) {
                    throw MigrationException.failure("copy failed: " + e, e);
                }
            });
        }
    }

    private MigrationResult migrate(MigrationEngine engine) throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        return engine.migrate(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("kicad"))
                .config(MigrationConfig.builder().libraryName("Parts").enableCaching(false).build()).build());
    }

    @Test
    void aPublisherGetsThePublishedFolderAndTheKicadDblModelAndItsPublicationIsInTheResult() throws Exception {
        List<PublishedLibrary> seen = new ArrayList<>();
        Path copies = dir.resolve("copies");

        MigrationResult result = migrate(MigrationEngine.builder().outputs(List.of(new CopyingOutput(copies, seen))).build());

        assertThat(seen).hasSize(1);
        PublishedLibrary library = seen.get(0);
        assertThat(library.outputDirectory()).isEqualTo(result.outputDirectory());
        assertThat(library.kicadDbl()).isEqualTo(result.kicadDbl());
        assertThat(library.database()).isEqualTo(result.database());
        JsonNode local = JSON.readTree(result.kicadDbl().toFile());
        List<String> tables = new ArrayList<>();
        local.get("libraries").forEach(l -> tables.add(l.get("table").asText()));
        assertThat(library.libraries()).extracting(KicadDblLibrary::table).isEqualTo(tables);
        assertThat(library.libraries().get(0).key()).isEqualTo(local.at("/libraries/0/key").asText());
        assertThat(library.libraries().get(0).symbols()).isEqualTo(local.at("/libraries/0/symbols").asText());
        assertThat(library.libraries().get(0).footprints()).isEqualTo(local.at("/libraries/0/footprints").asText());

        JsonNode copy = JSON.readTree(copies.resolve("copy.kicad_dbl").toFile());
        assertThat(copy.get("libraries")).isEqualTo(local.get("libraries"));
        assertThat(copy.get("name")).isEqualTo(local.get("name"));
        assertThat(copy.at("/source/connection_string").asText()).isEqualTo("Driver={SQLite3};Database=" + copies.resolve("copy.sqlite"));
        assertThat(copy.at("/source/username").asText()).isEmpty();
        assertThat(copy.at("/source/password").asText()).isEmpty();
        assertThat(result.publications()).hasSize(1);
        assertThat(result.publications().get(0).rows()).isEqualTo(result.partsWritten()).isPositive();
    }

    @Test
    void aFailingPublisherStopsTheRunWithItsErrorAndLeavesThePublishedFolder() throws Exception {
        OutputPublisherProvider failing = new OutputPublisherProvider() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Optional<OutputPublisher> publisherFor(MigrationConfig config) {
                return Optional.of(library -> {
                    throw MigrationException.badInput("the destination refused it; " + library.outputDirectory() + " is complete");
                });
            }
        };

        assertThatThrownBy(() -> migrate(MigrationEngine.builder().outputs(List.of(failing)).build()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("the destination refused it");
                });
        assertThat(dir.resolve("kicad").resolve("Parts.kicad_dbl")).exists();
        assertThat(dir.resolve("kicad").resolve("Parts.sqlite")).exists();
    }

    @Test
    void aPublisherThatRejectsItsSettingStopsTheRunBeforeAnyOutput() {
        OutputPublisherProvider rejecting = new OutputPublisherProvider() {
            @Override
            public String name() {
                return "rejecting";
            }

            @Override
            public Optional<OutputPublisher> publisherFor(MigrationConfig config) {
                throw MigrationException.badInput("output_database: not a URL this output takes");
            }
        };

        assertThatThrownBy(() -> migrate(MigrationEngine.builder().outputs(List.of(rejecting)).build()))
                .hasMessageContaining("not a URL this output takes");
        assertThat(dir.resolve("kicad")).doesNotExist();
    }

    private static long count(Path database, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
