package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The persistent cache key of a {@link MappingInput}: SHA-256 of its canonical form, in lower-case hex.
 *
 * <p>Canonical form, version 1 (see {@link DigestWriter} for how strings and integers are encoded, which keeps
 * {@code null} apart from {@code ""} and {@code ("ab","c")} apart from {@code ("a","bc")}):
 * <ol>
 *   <li>the label {@code altium2kicad/mapping-input/1}</li>
 *   <li>{@code table}, {@code libraryRef}, {@code libraryPath}, in this order</li>
 *   <li>the number of footprints, then each footprint's {@code ref} and {@code path}, in list order</li>
 *   <li>the number of attributes, then each attribute's name and value, sorted by name
 *       ({@link String#compareTo}, so insertion order does not matter)</li>
 * </ol>
 * Values are taken exactly as held (no trimming, no case folding), so two inputs get the same key exactly when
 * they are {@linkplain MappingInput#equals equal}. Changing this form requires a new label, and a new cache schema
 * version.
 *
 * @param hex 64 lower-case hex digits
 */
public record MappingInputKey(String hex) {

    /** The label that starts the canonical form. */
    public static final String CANONICAL_FORM = "altium2kicad/mapping-input/1";

    public MappingInputKey {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a mapping input key is 64 hex digits, got '" + hex + "'");
        }
    }

    /** The key of {@code input}. */
    public static MappingInputKey of(MappingInput input) {
        DigestWriter out = new DigestWriter(CANONICAL_FORM)
                .string(input.table())
                .string(input.libraryRef())
                .string(input.libraryPath())
                .integer(input.footprints().size());
        for (AltiumFootprint footprint : input.footprints()) {
            out.string(footprint.ref()).string(footprint.path());
        }
        List<Map.Entry<String, String>> attributes = new ArrayList<>(input.attributes().entrySet());
        attributes.sort(Map.Entry.comparingByKey());
        out.integer(attributes.size());
        for (Map.Entry<String, String> attribute : attributes) {
            out.string(attribute.getKey()).string(attribute.getValue());
        }
        return new MappingInputKey(out.finishHex());
    }

    /** The 32 digest bytes. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }
}
