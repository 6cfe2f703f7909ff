package io.github.altium2kicad.core.verify;

/**
 * One symbol placed on a probe schematic: KiCad is asked to load {@code libId} and, if {@code footprint} is not
 * empty, to find that footprint.
 *
 * @param id        the symbol's UUID on the sheet, by which ERC's answer is matched to it
 * @param libId     {@code Nickname:Name}, e.g. {@code Sample:Resistors/RES-10001} or {@code Device:R}
 * @param footprint {@code Nickname:Name} of the footprint, or empty
 */
public record ProbeSymbol(String id, String libId, String footprint) {
}
