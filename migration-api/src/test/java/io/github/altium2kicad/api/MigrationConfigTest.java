package io.github.altium2kicad.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings as the API builds them; loading them from YAML is tested in migration-core's MigrationConfigYamlTest. */
class MigrationConfigTest {
    @Test
    void nativeLibrariesAreOffByDefaultAndSetUnderOneNameInTheApiAndOptionForm() {
        assertThat(MigrationConfig.defaults().nativeLibraries()).isEqualTo(NativeLibraries.OFF);
        assertThat(MigrationConfig.builder().set(ConfigKey.NATIVE_LIBRARIES, "kicad-cli").build().asMap())
                .containsEntry("native_libraries", "kicad-cli");
        assertThat(MigrationConfig.builder().nativeLibraries(NativeLibraries.KICAD_CLI).build().toBuilder().build()
                .nativeLibraries()).isEqualTo(NativeLibraries.KICAD_CLI);
        assertThat(MigrationConfig.builder().set(ConfigKey.NATIVE_LIBRARIES, "off").build().nativeLibraries())
                .isEqualTo(NativeLibraries.OFF);
        assertThat(ConfigKey.NATIVE_LIBRARIES.optionName()).isEqualTo("--native-libraries");
        assertThatThrownBy(() -> MigrationConfig.builder().set(ConfigKey.NATIVE_LIBRARIES, "java"))
                .hasMessageContaining("off").hasMessageContaining("kicad-cli");
    }

    @Test
    void outputDatabaseIsSetUnderOneNameInTheApiAndItsTextFormAndShownOnlyAsSet() {
        assertThat(MigrationConfig.defaults().outputDatabase()).isEmpty();
        assertThat(MigrationConfig.defaults().outputOdbcDriver()).isEmpty();
        assertThat(MigrationConfig.defaults().asMap()).containsEntry("output_database", "(none)");
        String url = "jdbc:postgresql://db:5432/parts?user=writer&password=Out-Secret-7";
        MigrationConfig c = MigrationConfig.builder().set(ConfigKey.OUTPUT_DATABASE, url)
                .set(ConfigKey.OUTPUT_ODBC_DRIVER, "PostgreSQL Unicode(x64)").build();
        assertThat(c.outputDatabase()).contains(url);
        assertThat(c.toBuilder().build().outputDatabase()).contains(url);
        assertThat(c.outputOdbcDriver()).contains("PostgreSQL Unicode(x64)");
        assertThat(c.asMap()).containsEntry("output_database", "(set)")
                .containsEntry("output_odbc_driver", "PostgreSQL Unicode(x64)");
        assertThat(c.toString()).doesNotContain("Out-Secret-7").doesNotContain("writer");
        assertThat(MigrationConfig.builder().outputDatabase(" ").outputOdbcDriver("").build().asMap())
                .containsEntry("output_database", "(none)").containsEntry("output_odbc_driver", "(the server's default)");
        assertThat(ConfigKey.OUTPUT_DATABASE.optionName()).isEqualTo("--output-database");
        assertThat(ConfigKey.OUTPUT_ODBC_DRIVER.optionName()).isEqualTo("--output-odbc-driver");
    }

    @Test
    void maxPartErrorsDefaultsTo100AndZeroStopsAtTheFirstError() {
        assertThat(MigrationConfig.defaults().maxPartErrors()).isEqualTo(100);
        assertThat(MigrationConfig.builder().set(ConfigKey.MAX_PART_ERRORS, "0").build().maxPartErrors()).isZero();
        assertThatThrownBy(() -> MigrationConfig.builder().maxPartErrors(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max_part_errors");
    }

    @Test
    void everyKeyRoundTripsThroughItsTextForm() {
        MigrationConfig original = MigrationConfig.builder().batchSize(777).maxWorkers(5).cacheExpiration(Duration.ofSeconds(99))
                .maxMemoryUsage(ByteSize.parse("300MB")).mappingMode(MappingMode.STANDARD).maxPartErrors(0)
                .nativeLibraries(NativeLibraries.KICAD_CLI).build();
        MigrationConfig.Builder copy = MigrationConfig.builder();
        original.asMap().forEach((k, v) -> {
            ConfigKey key = ConfigKey.fromYamlName(k).orElseThrow();
            if (!v.startsWith("(")) {
                copy.set(key, v);
            }
        });
        assertThat(copy.build().asMap()).isEqualTo(original.asMap());
    }

    @Test
    void byteSizesParseLikeJvmSizes() {
        assertThat(ByteSize.parse("512MB").bytes()).isEqualTo(512L << 20);
        assertThat(ByteSize.parse("2 GiB").bytes()).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("1.5g").bytes()).isEqualTo(3L << 29);
        assertThat(ByteSize.parse("4096").bytes()).isEqualTo(4096);
        assertThat(ByteSize.parse("2GB")).hasToString("2GB");
    }
}
