package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.mapping.MappingDecision;

/** Builds the issue reported for a part written without a symbol or footprint. */
final class UnresolvedIssue {

    private UnresolvedIssue() {
    }

    static PartIssue of(String table, long row, String key, PartIssue.Kind kind, MappingDecision decision) {
        return new PartIssue(table, row, key, kind, action(kind, decision));
    }

    /** The issue's text: what was written without what, and why. */
    static String action(PartIssue.Kind kind, MappingDecision decision) {
        return "written without " + (kind == PartIssue.Kind.UNRESOLVED_SYMBOL ? "symbol" : "footprint") + ": "
                + String.join("; ", decision.problems());
    }

    /** The kind of issue a decision gives a written part, or {@code null} if it is resolved. */
    static PartIssue.Kind kindOf(MappingDecision decision) {
        if (decision.symbol().isEmpty()) {
            return PartIssue.Kind.UNRESOLVED_SYMBOL;
        }
        return decision.footprints().isEmpty() ? PartIssue.Kind.UNRESOLVED_FOOTPRINT : null;
    }
}
