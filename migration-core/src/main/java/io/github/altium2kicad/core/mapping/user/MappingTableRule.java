package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.mapping.PreserveRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's mapping table (a YAML or CSV file, see {@link MappingTableLoader}) as a {@link MappingRule} named
 * {@code user-table:<file name>}. The first entry, in file order, whose table scope includes the part's table and
 * whose conditions all match decides the part; if none does, the part passes to the next rule.
 *
 * <p>An entry that gives only a symbol keeps the part's Altium footprints, and one that gives only footprints
 * keeps its Altium symbol, referenced through the Altium library catalog exactly as {@link PreserveRule} does
 * (what cannot be kept is listed in the decision's problems). It never borrows from other rules: a user's
 * explicit answer is not mixed with a guess.
 *
 * <p>Columns: {@code table} (pseudo column: the Altium table name), {@code Library Ref}, {@code Library Path},
 * {@code Footprint Ref} and {@code Footprint Path} (the part's first footprint, whatever columns the DbLib maps
 * them to) are always available; any other column name is read from the part's row and declared in
 * {@link #attributeColumns()}. Immutable and thread-safe.
 */
public final class MappingTableRule implements MappingRule {

    /** Priority of the first mapping table: before every rule of default priority; later files get +1, +2 … */
    public static final int PRIORITY = -1000;

    /** The columns every part has, compared case-insensitively; they are not declared as attributes. */
    private static final Set<String> REFERENCE_COLUMNS = Set.of("table", "library ref", "library path",
            "footprint ref", "footprint path");

    private static final Logger LOG = LoggerFactory.getLogger(MappingTableRule.class);

    private final Path file;
    private final String name;
    private final int priority;
    private final List<MappingTableEntry> entries;
    private final Set<String> attributeColumns;

    /**
     * @param file     the mapping table file (used in the rule's name, evidence and errors)
     * @param priority the rule's {@link #priority()}
     * @param entries  the entries in file order
     */
    public MappingTableRule(Path file, int priority, List<MappingTableEntry> entries) {
        this.file = file;
        this.name = "user-table:" + file.getFileName();
        this.priority = priority;
        this.entries = List.copyOf(entries);
        Set<String> columns = new LinkedHashSet<>();
        for (MappingTableEntry e : entries) {
            for (MatchCondition c : e.conditions()) {
                if (!isReferenceColumn(c.column())) {
                    columns.add(c.column());
                }
            }
        }
        this.attributeColumns = Set.copyOf(columns);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Set<String> attributeColumns() {
        return attributeColumns;
    }

    /** The file the rule was loaded from. */
    public Path file() {
        return file;
    }

    /** The entries in file order. */
    public List<MappingTableEntry> entries() {
        return entries;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        for (MappingTableEntry entry : entries) {
            if (entry.tables().includes(input.table()) && allMatch(entry, input)) {
                return Optional.of(decide(entry, input, context));
            }
        }
        return Optional.empty();
    }

    private static boolean allMatch(MappingTableEntry entry, MappingInput input) {
        for (MatchCondition c : entry.conditions()) {
            if (!c.matches(valueOf(c.column(), input))) {
                return false;
            }
        }
        return true;
    }

    private MappingDecision decide(MappingTableEntry entry, MappingInput input, MappingContext context) {
        List<String> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        evidence.add("mapping table " + file.getFileName() + " line " + entry.line());
        for (MatchCondition c : entry.conditions()) {
            evidence.add(c.column() + "=" + valueOf(c.column(), input) + " (" + c.type().configName() + ")");
        }
        if (!entry.note().isBlank()) {
            evidence.add(entry.note());
        }
        Optional<KicadLibId> symbol = entry.symbol().isPresent() ? entry.symbol()
                : PreserveRule.preservedSymbol(input, context.altiumLibraries(), evidence, problems);
        List<KicadLibId> footprints = !entry.footprints().isEmpty() ? entry.footprints()
                : PreserveRule.preservedFootprints(input, context.altiumLibraries(), evidence, problems);
        return new MappingDecision(symbol, footprints, entry.confidence(), name, evidence, problems);
    }

    /** The value of {@code column} for {@code input}, or {@code null}. */
    static String valueOf(String column, MappingInput input) {
        String key = column.strip().toLowerCase(Locale.ROOT);
        AltiumFootprint first = input.footprints().isEmpty() ? null : input.footprints().get(0);
        return switch (key) {
            case "table" -> input.table();
            case "library ref" -> input.libraryRef();
            case "library path" -> input.libraryPath();
            case "footprint ref" -> first == null ? null : first.ref();
            case "footprint path" -> first == null ? null : first.path();
            default -> input.attribute(column);
        };
    }

    static boolean isReferenceColumn(String column) {
        return REFERENCE_COLUMNS.contains(column.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Checks the columns the entries read against the source tables: every condition column other than the
     * reference columns must exist (case-insensitively) in at least one enabled table the entry applies to.
     * An entry whose table scope matches no enabled table is logged as a warning (the same file may serve
     * several libraries) and its columns are checked against all tables.
     *
     * @param columnsByTable the enabled tables' names and columns
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} naming the file, line and column of
     *                            every unknown column
     */
    public void validateColumns(Map<String, List<String>> columnsByTable) {
        List<String> errors = new ArrayList<>();
        for (MappingTableEntry entry : entries) {
            List<List<String>> inScope = new ArrayList<>();
            columnsByTable.forEach((table, columns) -> {
                if (entry.tables().includes(table)) {
                    inScope.add(columns);
                }
            });
            if (inScope.isEmpty()) {
                if (!entry.tables().isAll()) {
                    LOG.warn("{}, line {}: tables '{}' match no enabled table ({}); the rule will never apply",
                            file, entry.line(), entry.tables(), String.join(", ", columnsByTable.keySet()));
                }
                inScope.addAll(columnsByTable.values());
            }
            for (MatchCondition c : entry.conditions()) {
                if (isReferenceColumn(c.column())) {
                    continue;
                }
                boolean known = inScope.stream().flatMap(List::stream)
                        .anyMatch(col -> col.equalsIgnoreCase(c.column().strip()));
                if (!known) {
                    errors.add("line " + entry.line() + ": unknown column '" + c.column() + "': no enabled table "
                            + (entry.tables().isAll() ? "" : "of '" + entry.tables() + "' ") + "has it");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw MappingTableLoader.rejected(file, errors);
        }
    }

    @Override
    public String toString() {
        return name + " (" + entries.size() + " entries)";
    }
}
