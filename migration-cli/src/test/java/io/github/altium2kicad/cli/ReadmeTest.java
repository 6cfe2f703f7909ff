package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README true to the code: every setting documented with its real default, the set-up commands real. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void documentsEverySettingWithItsDefault() throws Exception {
        String readme = Files.readString(README);
        var defaults = MigrationConfig.defaults().asMap();
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(readme).as("README row for " + key.yamlName()).contains("| `" + key.yamlName() + "` |");
            String value = defaults.get(key.yamlName());
            boolean machineDependent = key == ConfigKey.MAX_WORKERS || key == ConfigKey.CACHE_DIRECTORY || value.startsWith("(");
            if (!machineDependent) {
                assertThat(readme).as("README default of " + key.yamlName())
                        .contains("| `" + key.yamlName() + "` | `" + value + "` |");
            }
        }
    }

    @Test
    void theSetUpCommandsNameRealFiles() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme).contains("migration-cli/target/altium2kicad migrate examples/sample/Sample.DbLib -o out --force")
                .contains("mvn -B verify");
        assertThat(Path.of("..", "examples", "sample", "Sample.DbLib")).exists();
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B verify");
    }
}
