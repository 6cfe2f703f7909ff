package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.TwoPadLayout;

/**
 * A footprint of a KiCad footprint library as the index knows it.
 *
 * @param id        {@code Library:Name} (the name is the {@code .kicad_mod} file name, as KiCad loads it)
 * @param padCount  distinct pad numbers, pads without a number (mounting and NPTH holes, paste apertures) left
 *                  out: the number of electrical terminals, comparable with a symbol's pin count
 * @param totalPads every {@code (pad …)} of the footprint, numbered or not
 * @param mount     SMD, through-hole or unspecified
 * @param layout    for a footprint with exactly two numbered pads, their land pattern; {@code null} otherwise or if
 *                  not known (an index read from a snapshot written without it)
 */
public record KicadFootprint(KicadLibId id, int padCount, int totalPads, FootprintMount mount, TwoPadLayout layout) {

    /** A footprint whose land pattern is not known. */
    public KicadFootprint(KicadLibId id, int padCount, int totalPads, FootprintMount mount) {
        this(id, padCount, totalPads, mount, null);
    }

    public KicadFootprint {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        if (padCount < 0 || totalPads < padCount) {
            throw new IllegalArgumentException("need 0 <= padCount <= totalPads, got " + padCount + " and " + totalPads);
        }
        mount = mount == null ? FootprintMount.UNSPECIFIED : mount;
    }
}
