package io.github.altium2kicad.api.mapping;

/**
 * One footprint of an Altium part: {@code Footprint Ref} (or {@code Footprint Ref N}) and the matching
 * {@code Footprint Path}, as written in the database.
 *
 * @param ref  the footprint name inside the library
 * @param path the {@code .PcbLib}/{@code .IntLib} file as Altium stores it; {@code null} or blank when Altium
 *             searches its installed libraries
 */
public record AltiumFootprint(String ref, String path) {
}
