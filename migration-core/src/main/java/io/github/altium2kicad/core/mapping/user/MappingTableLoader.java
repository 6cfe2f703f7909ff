package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads users' mapping tables ({@code .yaml}/{@code .yml} or {@code .csv}, UTF-8) into {@link MappingTableRule}s,
 * checking every rule: a file with any mistake is rejected as a whole, with every mistake's line.
 *
 * <pre>{@code
 * List<MappingTableRule> rules = MappingTableLoader.loadAll(List.of(Path.of("passives.yaml")), nameCheck);
 * rules.forEach(r -> r.validateColumns(columnsByTable));   // once the source tables' columns are known
 * }</pre>
 *
 * The YAML form is described in {@link YamlMappingTable}, the CSV form in {@link CsvMappingTable}; both give the
 * same rules.
 */
public final class MappingTableLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MappingTableLoader.class);

    private MappingTableLoader() {
    }

    /**
     * Loads several mapping tables; earlier files take precedence over later ones (priorities
     * {@link MappingTableRule#PRIORITY}, +1, +2 …).
     *
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} for the first file that is missing,
     *                            unreadable or has mistakes
     */
    public static List<MappingTableRule> loadAll(List<Path> files, KicadNameCheck names) {
        List<MappingTableRule> rules = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            rules.add(load(files.get(i), names, MappingTableRule.PRIORITY + i));
        }
        return rules;
    }

    /**
     * Loads one mapping table.
     *
     * @param file     a {@code .yaml}, {@code .yml} or {@code .csv} file
     * @param names    which KiCad symbols and footprints exist
     * @param priority the rule's priority among user rules
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} naming the file and, for each mistake,
     *                            its line and what is wrong
     */
    public static MappingTableRule load(Path file, KicadNameCheck names, int priority) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = fileName.endsWith(".yaml") || fileName.endsWith(".yml");
        if (!yaml && !fileName.endsWith(".csv")) {
            throw MigrationException.badInput("Mapping table " + file + ": unknown file type; use .yaml, .yml or .csv");
        }
        if (!Files.isRegularFile(file)) {
            throw MigrationException.badInput("Mapping table " + file + " does not exist or is not a file");
        }
        List<EntryBuilder.Problem> problems = new ArrayList<>();
        List<MappingTableEntry> entries;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries = yaml ? YamlMappingTable.read(reader, names, problems) : CsvMappingTable.read(reader, names, problems);
        } catch (CharacterCodingException e) {
            throw MigrationException.badInput("Mapping table " + file + " is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read mapping table " + file + ": " + e, e);
        }
        if (!problems.isEmpty()) {
            throw rejected(file, problems.stream().sorted(Comparator.comparingInt(EntryBuilder.Problem::line))
                    .map(p -> "line " + p.line() + ": " + p.reason()).toList());
        }
        LOG.info("Loaded {} mapping rules from {}", entries.size(), file);
        return new MappingTableRule(file, priority, entries);
    }

    /** The exception for mistakes in {@code file}, each given as {@code line N: reason}. */
    static MigrationException rejected(Path file, List<String> mistakes) {
        String message = mistakes.stream().map(m -> "Mapping table " + file + ", " + m)
                .collect(Collectors.joining("\n"));
        if (mistakes.size() > 1) {
            message = "Mapping table " + file + " has " + mistakes.size() + " mistakes:\n" + message;
        }
        return MigrationException.badInput(message);
    }
}
