package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;

/**
 * A symbol of a KiCad symbol library as the index knows it.
 *
 * @param id              {@code Library:Name}
 * @param pinCount        distinct pin numbers over all units and body styles (a derived symbol, one that
 *                        {@code extends} another, has its parent's pins)
 * @param referencePrefix the {@code Reference} property, e.g. {@code R}, {@code U}, {@code J}; empty if none
 */
public record KicadSymbol(KicadLibId id, int pinCount, String referencePrefix) {

    public KicadSymbol {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        if (pinCount < 0) {
            throw new IllegalArgumentException("pinCount must be >= 0, got " + pinCount);
        }
        referencePrefix = referencePrefix == null ? "" : referencePrefix;
    }
}
