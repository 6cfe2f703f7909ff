package io.github.altium2kicad.examples.sample;

import io.github.altium2kicad.testkit.altium.ComposedLibrary;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import io.github.altium2kicad.testkit.altium.SchLibComposer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the {@code .SchLib} and {@code .PcbLib} files the sample's rows point at ({@code Library Path},
 * {@code Footprint Path}, {@code Footprint Path 2}), so that every {@code Library Ref} and {@code Footprint Ref} of
 * the sample exists. Each symbol and footprint is a copy of a real Altium-saved one (migration-testkit's composers),
 * chosen by the part's pin count: a two-pin symbol and a two-pad chip footprint for R/C/L, more pins for ICs and
 * connectors, as far as the fixtures go. Absolute paths ({@code C:\Altium\Sample\Symbols\...}) point below the folder
 * the DbLib was in on the machine that wrote it, so they are written to the same relative file.
 */
final class SampleAltiumLibraries {

    /** The folder the DbLib was in on the machine that wrote it. */
    static final String ALTIUM_FOLDER = "C:\\Altium\\Sample\\";

    private SampleAltiumLibraries() {
    }

    /** Writes every referenced library into {@code folder}; returns them sorted by relative path. */
    static List<ComposedLibrary> write(List<SampleTable> tables, Path folder) throws IOException {
        Map<String, SchLibComposer> symbols = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, PcbLibComposer> footprints = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (SampleTable table : tables) {
            for (SamplePart part : table.parts()) {
                int pins = part.expected().pinCount();
                String ref = part.cell(SampleColumns.LIBRARY_REF);
                String path = part.cell(SampleColumns.LIBRARY_PATH);
                if (present(ref) && present(path)) {
                    SchLibComposer composer = symbols.computeIfAbsent(relative(path), p -> new SchLibComposer());
                    if (!composer.contains(ref)) {
                        composer.add(ref, part.cell(SampleColumns.DESCRIPTION), symbolFor(part.expected().family(), pins));
                    }
                }
                FixtureFootprint footprint = footprintFor(part.expected().family(), pins);
                LandPattern pads = footprint == FixtureFootprint.CHIP_2_PADS
                        ? landPattern(part.expected().family(), part.expected().packageCode()) : null;
                addFootprint(footprints, part.cell(SampleColumns.FOOTPRINT_REF), part.cell(SampleColumns.FOOTPRINT_PATH), footprint, pads);
                addFootprint(footprints, part.cell(SampleColumns.FOOTPRINT_REF_2), part.cell(SampleColumns.FOOTPRINT_PATH_2), footprint, pads);
            }
        }
        List<ComposedLibrary> written = new ArrayList<>();
        for (Map.Entry<String, SchLibComposer> e : symbols.entrySet()) {
            written.add(e.getValue().write(folder.resolve(e.getKey())));
        }
        for (Map.Entry<String, PcbLibComposer> e : footprints.entrySet()) {
            written.add(e.getValue().write(folder.resolve(e.getKey())));
        }
        return written;
    }

    private static void addFootprint(Map<String, PcbLibComposer> footprints, String ref, String path,
                                     FixtureFootprint footprint, LandPattern pads) {
        if (present(ref) && present(path)) {
            PcbLibComposer composer = footprints.computeIfAbsent(relative(path), p -> new PcbLibComposer());
            if (!composer.contains(ref)) {
                composer.add(ref, "", footprint, pads);
            }
        }
    }

    /**
     * The pads a two-pad footprint gets, drawn from the package's body as a library engineer's land pattern would be
     * (never from KiCad's footprints): chips by their size code, tantalum capacitors by their EIA case; {@code null}
     * (the fixture's own pads) for other two-pad packages (SOD, MELF, axial, crystals), whose pads the mapper does not
     * measure.
     */
    static LandPattern landPattern(PartFamily family, String packageCode) {
        return switch (family) {
            case RESISTOR, CAPACITOR_CERAMIC, INDUCTOR, FERRITE_BEAD, LED ->
                    ChipSize.ofImperial(packageCode).map(size -> LandPattern.chip(size.bodyMetric())).orElse(null);
            case CAPACITOR_TANTALUM -> {
                Matcher eia = EIA_CASE.matcher(packageCode);
                yield eia.find() ? LandPattern.molded(eia.group(1)) : null;
            }
            default -> null;
        };
    }

    private static final Pattern EIA_CASE = Pattern.compile("^EIA-(\\d{4})-");

    /** {@code Symbols\Passives.SchLib} or {@code C:\Altium\Sample\Symbols\Passives.SchLib} as {@code Symbols/Passives.SchLib}. */
    static String relative(String path) {
        String p = path.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith(ALTIUM_FOLDER.toLowerCase(Locale.ROOT))) {
            p = p.substring(ALTIUM_FOLDER.length());
        }
        return p.replace('\\', '/');
    }

    static FixtureSymbol symbolFor(PartFamily family, int pins) {
        if (pins <= 2) {
            return switch (family) {
                case DIODE, DIODE_SCHOTTKY, DIODE_ZENER, DIODE_TVS, LED -> FixtureSymbol.TWO_PINS_LONG_TEXT;
                default -> FixtureSymbol.RESISTOR_2_PINS;
            };
        }
        if (pins <= 4) {
            return FixtureSymbol.RECTANGLE_4_PINS;
        }
        if (pins <= 6) {
            return FixtureSymbol.MULTIPART_6_PINS;
        }
        if (pins <= 8) {
            return FixtureSymbol.PIN_PROPERTIES_8_PINS;
        }
        if (pins <= 10) {
            return FixtureSymbol.PIN_OVERRIDES_10_PINS;
        }
        return pins <= 17 ? FixtureSymbol.COMBINED_17_PINS : FixtureSymbol.POSITION_27_PINS;
    }

    /**
     * The fixture footprint for a part: by pad count, except that connectors of more than 12 positions get the
     * 12-pad one (no fixture looks like a pin header; the smaller one keeps the committed files small).
     */
    static FixtureFootprint footprintFor(PartFamily family, int pins) {
        boolean connector = family.name().startsWith("CONNECTOR_");
        return footprintFor(connector ? Math.min(pins, 12) : pins);
    }

    static FixtureFootprint footprintFor(int pins) {
        if (pins <= 1) {
            return FixtureFootprint.SINGLE_PAD;
        }
        if (pins == 2) {
            return FixtureFootprint.CHIP_2_PADS;
        }
        if (pins <= 4) {
            return FixtureFootprint.FOUR_PADS;
        }
        return pins <= 12 ? FixtureFootprint.TWELVE_PADS : FixtureFootprint.QFP_42_PADS;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
