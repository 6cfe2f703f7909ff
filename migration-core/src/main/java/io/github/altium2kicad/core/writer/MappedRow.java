package io.github.altium2kicad.core.writer;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import java.util.List;

/**
 * A source row with its mapping decision, ready to be written.
 *
 * @param record   the row
 * @param decision its KiCad symbol and footprints
 * @param findings what the check of its Altium references found
 */
public record MappedRow(ComponentRecord record, MappingDecision decision, List<AltiumReferenceFinding> findings) {

    public MappedRow {
        findings = List.copyOf(findings);
    }
}
