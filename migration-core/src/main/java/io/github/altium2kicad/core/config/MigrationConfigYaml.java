package io.github.altium2kicad.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code migration:} section of a YAML config file (the file {@code --config} names), with errors that
 * name the file, line and key. Streams the YAML so every value keeps its location. It lives in migration-core, not
 * in migration-api, so that a rule jar built against the API alone does not pull in a YAML parser.
 */
public final class MigrationConfigYaml {

    /** The top-level key the settings go under. */
    public static final String SECTION = "migration";

    private MigrationConfigYaml() {
    }

    /**
     * Loads the settings under {@code migration:} in a YAML file, on top of the defaults.
     *
     * @throws MigrationException (bad input) naming the file, line and key for a missing file, malformed YAML,
     *                            an unknown key or a value of the wrong form
     */
    public static MigrationConfig load(Path file) {
        return loadInto(file, MigrationConfig.builder()).build();
    }

    /**
     * Sets on {@code builder} the settings under {@code migration:} in a YAML file; settings the file does not name
     * keep the builder's values.
     *
     * @return {@code builder}
     * @throws MigrationException as {@link #load}
     */
    public static MigrationConfig.Builder loadInto(Path file, MigrationConfig.Builder builder) {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new YAMLFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return builder; // an empty file: all defaults
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(file, parser.currentTokenLocation(), "the file must be a mapping with a '" + SECTION + ":' section");
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (!SECTION.equals(name)) {
                    throw error(file, at, "unknown top-level key '" + name + "'; settings go under '" + SECTION + ":'");
                }
                seen = true;
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_OBJECT) {
                    throw error(file, at, "'" + SECTION + "' must be a mapping of settings");
                }
                readSection(file, parser, builder);
            }
            if (!seen) {
                throw error(file, null, "no '" + SECTION + ":' section");
            }
            return builder;
        } catch (NoSuchFileException e) {
            throw MigrationException.badInput("Config file " + file + " does not exist.");
        } catch (JsonProcessingException e) {
            throw error(file, e.getLocation(), "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readSection(Path file, JsonParser parser, MigrationConfig.Builder builder) throws IOException {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            JsonToken token = parser.nextToken();
            ConfigKey key = ConfigKey.fromYamlName(name).orElseThrow(() -> error(file, at,
                    "unknown setting '" + name + "'; known settings are "
                            + Arrays.stream(ConfigKey.values()).map(ConfigKey::yamlName).collect(Collectors.joining(", "))));
            if (!seen.add(name)) {
                throw error(file, at, "setting '" + name + "' appears twice");
            }
            String text;
            if (token == JsonToken.START_ARRAY && (key == ConfigKey.MAPPING_TABLES || key == ConfigKey.KICAD_LIBRARIES)) {
                StringBuilder items = new StringBuilder();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (!item.isScalarValue()) {
                        throw error(file, parser.currentTokenLocation(), "the items of '" + name + "' must be single values");
                    }
                    items.append(parser.getText()).append('\n');
                }
                text = items.toString();
                if (key == ConfigKey.MAPPING_TABLES) {
                    text = relativeTo(file, text);
                }
            } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                throw error(file, at, "setting '" + name + "' must be a single value (" + key.valueHint() + ")");
            } else {
                text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
                if (key == ConfigKey.MAPPING_TABLES) {
                    text = relativeTo(file, text);
                }
            }
            try {
                builder.set(key, text);
            } catch (IllegalArgumentException e) {
                throw error(file, at, e.getMessage());
            }
        }
    }

    /** Rule files named in a config file are relative to the config file's folder. */
    private static String relativeTo(Path configFile, String list) {
        Path folder = configFile.toAbsolutePath().getParent();
        StringBuilder out = new StringBuilder();
        for (String item : list.split("[,\n]")) {
            String path = item.strip();
            if (!path.isEmpty()) {
                out.append(path.startsWith("~/") ? path : folder.resolve(path).normalize().toString()).append('\n');
            }
        }
        return out.toString();
    }

    private static MigrationException error(Path file, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 1 ? file.toString() : file + ", line " + at.getLineNr();
        return MigrationException.badInput("Config file " + where + ": " + message + ".");
    }
}
