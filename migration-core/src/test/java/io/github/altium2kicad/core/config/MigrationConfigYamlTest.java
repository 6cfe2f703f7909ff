package io.github.altium2kicad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.LibraryUriStyle;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationConfigYamlTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path file = dir.resolve("migration.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void loadsTheServerOutputKeys() throws Exception {
        String url = "jdbc:postgresql://db:5432/parts?user=writer&password=Out-Secret-7";
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  output_database: "%s"
                  output_odbc_driver: PostgreSQL Unicode(x64)
                """.formatted(url)));
        assertThat(c.outputDatabase()).contains(url);
        assertThat(c.outputOdbcDriver()).contains("PostgreSQL Unicode(x64)");
        assertThat(c.asMap()).containsEntry("output_database", "(set)");
    }

    @Test
    void loadsEverySeedKeyFromYaml() throws Exception {
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  use_optimized_engine: true
                  parallel_processing: false
                  max_workers: 3
                  enable_caching: false
                  cache_directory: /tmp/a2k-cache
                  cache_expiration: 3600
                  cache_compression: true
                  batch_size: 5000
                  max_memory_usage: "2GB"
                  enable_memory_monitoring: false
                  vacuum_database: true
                  create_indexes: false
                  optimize_queries: false
                """));
        assertThat(c.useOptimizedEngine()).isTrue();
        assertThat(c.parallelProcessing()).isFalse();
        assertThat(c.effectiveWorkers()).isEqualTo(1);
        assertThat(c.maxWorkers()).isEqualTo(3);
        assertThat(c.enableCaching()).isFalse();
        assertThat(c.cacheDirectory()).isEqualTo(Path.of("/tmp/a2k-cache"));
        assertThat(c.cacheExpiration()).isEqualTo(Duration.ofHours(1));
        assertThat(c.cacheCompression()).isTrue();
        assertThat(c.batchSize()).isEqualTo(5000);
        assertThat(c.maxMemoryUsage().bytes()).isEqualTo(2L << 30);
        assertThat(c.enableMemoryMonitoring()).isFalse();
        assertThat(c.vacuumDatabase()).isTrue();
        assertThat(c.createIndexes()).isFalse();
        assertThat(c.optimizeQueries()).isFalse();
    }

    @Test
    void loadsTheToolsOwnKeys() throws Exception {
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  mapping_mode: standard-only
                  key_column: Stock Code
                  duplicate_keys: rename
                  empty_keys: generate
                  max_part_errors: 5
                  odbc_driver: SQLite3 ODBC Driver
                  library_uri_style: kiprjmod
                  symbol_column: Sym
                  footprints_column: Fps
                  library_name: Company Parts
                  database: /data/parts.sqlite
                """));
        assertThat(c.mappingMode()).isEqualTo(MappingMode.STANDARD_ONLY);
        assertThat(c.keyColumn()).contains("Stock Code");
        assertThat(c.duplicateKeys()).isEqualTo(DuplicateKeyPolicy.RENAME);
        assertThat(c.emptyKeys()).isEqualTo(EmptyKeyPolicy.GENERATE);
        assertThat(c.maxPartErrors()).isEqualTo(5);
        assertThat(c.odbcDriver()).isEqualTo("SQLite3 ODBC Driver");
        assertThat(c.libraryUriStyle()).isEqualTo(LibraryUriStyle.KIPRJMOD);
        assertThat(c.symbolColumn()).isEqualTo("Sym");
        assertThat(c.footprintsColumn()).isEqualTo("Fps");
        assertThat(c.libraryName()).contains("Company Parts");
        assertThat(c.database()).contains("/data/parts.sqlite");
        assertThat(c.asMap()).containsEntry("database", "(set)"); // may hold credentials
    }

    @Test
    void listsAreWrittenAsYamlListsOrCommaSeparatedAndRuleFilesAreRelativeToTheConfig() throws Exception {
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  min_confidence: 0.95
                  mapping_tables:
                    - rules/passives.yaml
                    - /abs/connectors.csv
                  kicad_libraries: /usr/share/kicad, bundled
                """));
        assertThat(c.minConfidence()).isEqualTo(0.95);
        assertThat(c.mappingTables()).containsExactly(dir.resolve("rules/passives.yaml"), Path.of("/abs/connectors.csv"));
        assertThat(c.kicadLibraries()).containsExactly("/usr/share/kicad", "bundled");
        assertThat(MigrationConfig.defaults().kicadLibraries()).containsExactly("bundled");
        assertThat(MigrationConfig.defaults().minConfidence()).isEqualTo(0.9);
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  min_confidence: 1.5\n")))
                .hasMessageContaining("line 2").hasMessageContaining("between 0 and 1");
    }

    @Test
    void verifyWithKicadIsOffByDefaultAndSetUnderOneNameInYamlAndTheApi() throws Exception {
        assertThat(MigrationConfig.defaults().verifyWithKicad()).isFalse();
        assertThat(MigrationConfig.defaults().kicadCli()).isEmpty();
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  verify_with_kicad: true
                  kicad_cli: /opt/kicad9/usr/bin/kicad-cli
                """));
        assertThat(c.verifyWithKicad()).isTrue();
        assertThat(c.kicadCli()).contains(Path.of("/opt/kicad9/usr/bin/kicad-cli"));
        assertThat(c.asMap()).containsEntry("verify_with_kicad", "true").containsEntry("kicad_cli", "/opt/kicad9/usr/bin/kicad-cli");
        MigrationConfig api = MigrationConfig.builder().verifyWithKicad(true).kicadCli(Path.of("/usr/bin/kicad-cli")).build();
        assertThat(api.toBuilder().build().verifyWithKicad()).isTrue();
        assertThat(api.toBuilder().build().kicadCli()).contains(Path.of("/usr/bin/kicad-cli"));
        assertThatThrownBy(() -> MigrationConfig.builder().set(ConfigKey.VERIFY_WITH_KICAD, "maybe"))
                .hasMessageContaining("verify_with_kicad must be true or false");
    }

    @Test
    void nativeLibrariesAreSetInYaml() throws Exception {
        MigrationConfig c = MigrationConfigYaml.load(yaml("""
                migration:
                  native_libraries: kicad-cli
                """));
        assertThat(c.nativeLibraries()).isEqualTo(io.github.altium2kicad.api.NativeLibraries.KICAD_CLI);
        assertThat(c.asMap()).containsEntry("native_libraries", "kicad-cli");
    }

    @Test
    void dblibEncodingIsAutoByDefaultAndTakesAnyJavaCharsetNameInYamlApiAndOptionForm() throws Exception {
        assertThat(MigrationConfig.defaults().dblibEncoding()).isEmpty();
        assertThat(MigrationConfig.defaults().asMap()).containsEntry("dblib_encoding", "auto");
        assertThat(MigrationConfigYaml.load(yaml("migration:\n  dblib_encoding: gbk\n")).dblibEncoding()).contains("GBK");
        assertThat(MigrationConfig.builder().dblibEncoding("CP1251").build().dblibEncoding()).contains("windows-1251");
        assertThat(MigrationConfig.builder().set(ConfigKey.DBLIB_ENCODING, "auto").build().dblibEncoding()).isEmpty();
        assertThat(ConfigKey.DBLIB_ENCODING.optionName()).isEqualTo("--dblib-encoding");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  dblib_encoding: chinese\n")))
                .hasMessageContaining("line 2").hasMessageContaining("dblib_encoding").hasMessageContaining("GBK");
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws Exception {
        assertThat(MigrationConfigYaml.load(yaml("")).asMap()).isEqualTo(MigrationConfig.defaults().asMap());
    }

    @Test
    void unknownKeysAreRejectedWithFileLineAndName() throws Exception {
        Path file = yaml("migration:\n  batch_size: 10\n  max_wrokers: 2\n");
        assertThatThrownBy(() -> MigrationConfigYaml.load(file))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining(file + ", line 3").hasMessageContaining("unknown setting 'max_wrokers'")
                .hasMessageContaining("max_workers");
    }

    @Test
    void unknownTopLevelKeysAreRejected() throws Exception {
        Path file = yaml("migrations:\n  batch_size: 10\n");
        assertThatThrownBy(() -> MigrationConfigYaml.load(file)).hasMessageContaining("line 1")
                .hasMessageContaining("unknown top-level key 'migrations'");
    }

    @Test
    void badValuesNameTheKeyAndTheExpectedForm() throws Exception {
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  batch_size: lots\n")))
                .hasMessageContaining("line 2").hasMessageContaining("batch_size must be a whole number");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  max_memory_usage: plenty\n")))
                .hasMessageContaining("not a size");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  parallel_processing: maybe\n")))
                .hasMessageContaining("parallel_processing must be true or false");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  duplicate_keys: newest\n")))
                .hasMessageContaining("keep-first, rename, fail");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  max_workers: 0\n")))
                .hasMessageContaining("max_workers must be at least 1");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  max_part_errors: -1\n")))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining("line 2").hasMessageContaining("max_part_errors must be 0 (stop at the first rule error) or more, got -1");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  batch_size: [1, 2]\n")))
                .hasMessageContaining("must be a single value");
        assertThatThrownBy(() -> MigrationConfigYaml.load(yaml("migration:\n  batch_size: 1\n  batch_size: 2\n")))
                .hasMessageContaining("line 3");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws Exception {
        Path file = yaml("migration:\n  batch_size: 10\n   bad indent: [\n");
        assertThatThrownBy(() -> MigrationConfigYaml.load(file))
                .isInstanceOf(MigrationException.class).hasMessageContaining(file.toString()).hasMessageContaining("line");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThatThrownBy(() -> MigrationConfigYaml.load(dir.resolve("nope.yaml")))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                .hasMessageContaining("does not exist");
    }
}
