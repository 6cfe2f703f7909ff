package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingDecision;
import java.util.Optional;

/**
 * The footprint-level half of a {@link StandardLibraryRule} decision (see {@link FootprintQuestion}).
 *
 * @param decision the decision with the footprint-level evidence only, or empty if the rule passes the parts on
 * @param reason   why it is not certain, or {@code null} for a certain decision
 * @param detail   what to add to the part's {@code seen} text for the reason, or {@code null}
 */
record FootprintAnswer(Optional<MappingDecision> decision, String reason, String detail) {

    static FootprintAnswer of(MappingDecision decision, String reason, String detail) {
        return new FootprintAnswer(Optional.of(decision), reason, detail);
    }

    static FootprintAnswer passed(String reason, String detail) {
        return new FootprintAnswer(Optional.empty(), reason, detail);
    }

    /** The part's {@code seen} text with {@link #detail}, or {@code null} for a certain decision. */
    String seen(String partSeen) {
        return reason == null ? null : detail == null ? partSeen : partSeen + "; " + detail;
    }
}
