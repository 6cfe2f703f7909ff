package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.mapping.KicadLibId;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a mapping table file: it applies to a part when the part's table is in scope and every condition
 * matches; it then gives the KiCad symbol and/or footprints.
 *
 * @param line       the line of the rule in its file (1-based), reported in evidence and errors
 * @param conditions all must match (AND); may be empty when {@code tables} limits the rule
 * @param tables     the tables the rule is limited to
 * @param symbol     the KiCad symbol; empty to keep the part's Altium symbol
 * @param footprints the KiCad footprints, the first being the footprint and the others alternates; empty to keep
 *                   the part's Altium footprints
 * @param confidence the confidence reported with the decision, in [0, 1]
 * @param note       a free comment from the file, reported as evidence; empty if none
 */
public record MappingTableEntry(int line, List<MatchCondition> conditions, TableScope tables,
                                Optional<KicadLibId> symbol, List<KicadLibId> footprints, double confidence,
                                String note) {

    public MappingTableEntry {
        conditions = List.copyOf(conditions);
        footprints = List.copyOf(footprints);
        if (symbol.isEmpty() && footprints.isEmpty()) {
            throw new IllegalArgumentException("a mapping table rule must give a symbol or footprints");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
        }
        note = note == null ? "" : note;
    }
}
