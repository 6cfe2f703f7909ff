package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.core.kicad.index.FootprintMount;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import java.util.List;

/**
 * What the {@link StandardLibraryRule} decides once for all parts that share it: the Altium footprint(s), the part
 * family, the package the footprint name and package texts agree on, and what of the part's texts bears on the
 * confidence. Every part with an equal question inherits the same footprint-level decision; what differs between
 * such parts (descriptions, values, package-text spelling) is checked per part before the question is asked.
 *
 * @param footprints     the part's Altium footprints, in order
 * @param family         the part family, or {@code null} if unknown
 * @param diodeKind      which diode symbol, for diodes
 * @param certain        whether a strong text names the family
 * @param spec           the package as read from the footprint name and the package texts, never {@code null}
 * @param fromFootprint  whether the footprint name was read
 * @param fromText       whether a package text was read
 * @param sizeMentioned  whether a description or value names the same chip size
 * @param metricName     whether the footprint name's bare chip size was read as metric because a package text gives
 *                       it as the metric code (then only the Altium footprint's pads can confirm it)
 * @param mount          the stated mounting type, or {@code null}
 * @param libraries      the Altium libraries of the run (for the pads of the footprint), or {@code null}
 */
record FootprintQuestion(List<AltiumFootprint> footprints, PartFamily family, DiodeKind diodeKind, boolean certain,
                         PackageSpec spec, boolean fromFootprint, boolean fromText, boolean sizeMentioned,
                         boolean metricName, FootprintMount mount, AltiumLibraryCatalog libraries) {
}
