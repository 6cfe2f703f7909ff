package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.KicadLibId;

/**
 * A KiCad footprint proposed for a package, with the pad count it must have.
 *
 * @param footprint    {@code Library:Name}
 * @param expectedPads the numbered pads the package has (terminals, plus a thermal pad or tab)
 */
public record FootprintCandidate(KicadLibId footprint, int expectedPads) {
}
