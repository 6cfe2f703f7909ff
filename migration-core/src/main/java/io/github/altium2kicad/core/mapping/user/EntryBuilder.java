package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.mapping.KicadLibId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the values of one mapping table rule, whatever the file format, and builds its
 * {@link MappingTableEntry}. Every problem is added to the file's problem list with its line, so that a user sees
 * all mistakes of a file at once.
 */
final class EntryBuilder {

    /** A mistake in a mapping table file. */
    record Problem(int line, String reason) {
    }

    private final int line;
    private final KicadNameCheck names;
    private final List<Problem> problems;
    private final int problemsBefore;
    private final List<MatchCondition> conditions = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final List<KicadLibId> footprints = new ArrayList<>();
    private Optional<KicadLibId> symbol = Optional.empty();
    private double confidence = 1.0;
    private String note = "";

    /**
     * @param line     the rule's first line
     * @param names    the KiCad names that exist
     * @param problems where problems go
     */
    EntryBuilder(int line, KicadNameCheck names, List<Problem> problems) {
        this.line = line;
        this.names = names;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    void problem(int at, String reason) {
        problems.add(new Problem(at, reason));
    }

    /** A condition; {@code typeName} is {@code exact}, {@code glob} or {@code regex}. */
    void condition(String column, String typeName, String pattern, int at) {
        if (column == null || column.isBlank()) {
            problem(at, "a condition needs a column name");
            return;
        }
        Optional<MatchType> type = MatchType.fromConfigName(typeName);
        if (type.isEmpty()) {
            problem(at, "unknown match type '" + typeName + "' for column '" + column.strip()
                    + "' (expected exact, glob or regex)");
            return;
        }
        if (pattern == null) {
            problem(at, "the condition on column '" + column.strip() + "' has no pattern");
            return;
        }
        try {
            conditions.add(MatchCondition.of(column.strip(), type.get(), pattern));
        } catch (PatternSyntaxException e) {
            problem(at, "bad regex for column '" + column.strip() + "': " + e.getDescription() + " near index "
                    + e.getIndex() + " of '" + pattern + "'");
        }
    }

    void table(String nameOrGlob, int at) {
        if (nameOrGlob == null || nameOrGlob.isBlank()) {
            problem(at, "a table name in 'tables' is blank");
        } else {
            tables.add(nameOrGlob.strip());
        }
    }

    void symbol(String text, int at) {
        parseId(text, "symbol", at).ifPresent(id -> {
            if (!names.symbolExists(id)) {
                problem(at, "KiCad symbol '" + id + "' is not in the KiCad libraries");
            } else {
                symbol = Optional.of(id);
            }
        });
    }

    void footprint(String text, int at) {
        parseId(text, "footprint", at).ifPresent(id -> {
            if (id.name().contains(";")) {
                problem(at, "footprint '" + id + "' contains ';', which KiCad uses to separate footprints");
            } else if (!names.footprintExists(id)) {
                problem(at, "KiCad footprint '" + id + "' is not in the KiCad libraries");
            } else {
                footprints.add(id);
            }
        });
    }

    void confidence(String text, int at) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (!(value >= 0 && value <= 1)) {
                problem(at, "confidence must be between 0 and 1, got '" + text + "'");
            } else {
                confidence = value;
            }
        } catch (NumberFormatException e) {
            problem(at, "confidence must be a number between 0 and 1, got '" + text + "'");
        }
    }

    void note(String text) {
        note = text == null ? "" : text.strip();
    }

    private Optional<KicadLibId> parseId(String text, String what, int at) {
        if (text == null || text.isBlank()) {
            problem(at, "the KiCad " + what + " is blank");
            return Optional.empty();
        }
        try {
            KicadLibId id = KicadLibId.parse(text.strip());
            if (id.name().contains(":")) {
                throw new IllegalArgumentException("'" + text.strip() + "' has more than one ':'");
            }
            return Optional.of(id);
        } catch (IllegalArgumentException e) {
            problem(at, "KiCad " + what + " '" + text.strip() + "' is not of the form Library:Name (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** The entry, or empty if this rule had a problem. */
    Optional<MappingTableEntry> build() {
        if (symbol.isEmpty() && footprints.isEmpty() && problems.size() == problemsBefore) {
            problem(line, "the rule gives neither a symbol nor footprints");
        }
        if (conditions.isEmpty() && tables.isEmpty() && problems.size() == problemsBefore) {
            problem(line, "the rule has no match conditions and no tables, so it would map every part; "
                    + "give 'tables' to map whole tables");
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new MappingTableEntry(line, conditions, TableScope.of(tables), symbol, footprints,
                confidence, note));
    }
}
