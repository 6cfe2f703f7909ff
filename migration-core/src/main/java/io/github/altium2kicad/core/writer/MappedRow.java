package io.github.altium2kicad.core.writer;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.source.ComponentRecord;

/** A source row with its mapping decision, ready to be written. */
public record MappedRow(ComponentRecord record, MappingDecision decision) {
}
