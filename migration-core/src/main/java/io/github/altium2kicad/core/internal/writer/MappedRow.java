package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import java.util.List;
import java.util.Optional;

/**
 * A source row with its mapping decision, ready to be written.
 *
 * @param record    the row
 * @param decision  its KiCad symbol and footprints
 * @param findings  what the check of its Altium references found
 * @param ruleError the issue text if a mapping rule failed on the row and a later rule decided it
 */
public record MappedRow(ComponentRecord record, MappingDecision decision, List<AltiumReferenceFinding> findings,
                        Optional<String> ruleError) {

    public MappedRow {
        findings = List.copyOf(findings);
    }

    /** A row no mapping rule failed on. */
    public MappedRow(ComponentRecord record, MappingDecision decision, List<AltiumReferenceFinding> findings) {
        this(record, decision, findings, Optional.empty());
    }
}
