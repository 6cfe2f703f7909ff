package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.SampleColumns.COMMENT;
import static io.github.altium2kicad.examples.sample.SampleColumns.DESCRIPTION;
import static io.github.altium2kicad.examples.sample.SampleColumns.FOOTPRINT_PATH;
import static io.github.altium2kicad.examples.sample.SampleColumns.FOOTPRINT_PATH_2;
import static io.github.altium2kicad.examples.sample.SampleColumns.FOOTPRINT_REF;
import static io.github.altium2kicad.examples.sample.SampleColumns.FOOTPRINT_REF_2;
import static io.github.altium2kicad.examples.sample.SampleColumns.HELP_URL;
import static io.github.altium2kicad.examples.sample.SampleColumns.LIBRARY_PATH;
import static io.github.altium2kicad.examples.sample.SampleColumns.LIBRARY_REF;
import static io.github.altium2kicad.examples.sample.SampleColumns.LINK_1_DESCRIPTION;
import static io.github.altium2kicad.examples.sample.SampleColumns.LINK_1_URL;
import static io.github.altium2kicad.examples.sample.SampleColumns.MANUFACTURER;
import static io.github.altium2kicad.examples.sample.SampleColumns.MANUFACTURER_PART_NUMBER;
import static io.github.altium2kicad.examples.sample.SampleColumns.MOUNTING_TYPE;
import static io.github.altium2kicad.examples.sample.SampleColumns.PACKAGE_CASE;
import static io.github.altium2kicad.examples.sample.SampleColumns.PART_NUMBER;
import static io.github.altium2kicad.examples.sample.SampleColumns.SUPPLIER_1;
import static io.github.altium2kicad.examples.sample.SampleColumns.SUPPLIER_PART_NUMBER_1;
import static io.github.altium2kicad.examples.sample.SampleColumns.VALUE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a table's {@link PartSpec}s into database rows the way a company library looks after years of use:
 * mixed footprint naming generations, some alternate footprints, some absolute paths, suppliers, datasheet links,
 * the odd NULL or empty cell, and part numbers in creation order.
 */
final class PartAssembler {

    /** Where the (fictitious) company kept its Altium libraries on Windows. */
    static final String ABSOLUTE_LIBRARY_ROOT = "C:\\Altium\\Sample\\";

    private static final double ABSOLUTE_SYMBOL_PATH_SHARE = 0.02;
    private static final double NULL_PARAMETER_SHARE = 0.03;
    private static final double EMPTY_PARAMETER_SHARE = 0.01;
    private static final double NO_LINK_SHARE = 0.03;
    private static final double HELP_URL_SHARE = 0.10;
    private static final double EMPTY_HELP_URL_SHARE = 0.05;
    private static final double NULL_SUPPLIER_NUMBER_SHARE = 0.03;
    private static final double EMPTY_SUPPLIER_NUMBER_SHARE = 0.01;
    private static final int FIRST_KEY = 10001;

    private final TableProfile profile;
    private final Random random;

    PartAssembler(TableProfile profile, Random random) {
        this.profile = profile;
        this.random = random;
    }

    /**
     * The table: the specs shuffled into "creation order" (real libraries grow in no particular order), then
     * numbered {@code <prefix>-10001}, {@code -10002}, ... in that order.
     */
    SampleTable table(List<PartSpec> specs) {
        List<PartSpec> order = new ArrayList<>(specs);
        Collections.shuffle(order, random);
        List<SamplePart> parts = new ArrayList<>(order.size());
        int key = FIRST_KEY;
        for (PartSpec spec : order) {
            parts.add(assemble(profile.keyPrefix() + "-" + key++, spec));
        }
        return new SampleTable(profile.name(), true, "", profile.columns(), parts);
    }

    private SamplePart assemble(String key, PartSpec spec) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(PART_NUMBER, key);
        cells.put(LIBRARY_REF, spec.libraryRef());
        cells.put(LIBRARY_PATH, chance(ABSOLUTE_SYMBOL_PATH_SHARE)
                ? ABSOLUTE_LIBRARY_ROOT + "Symbols\\" + spec.symbolLibrary() + ".SchLib"
                : "Symbols\\" + spec.symbolLibrary() + ".SchLib");

        PackageSpec pkg = spec.pkg();
        FootprintStyle style = pickStyle();
        String footprint = pkg.footprintName(style);
        String footprintPath = chance(profile.absolutePathShare())
                ? ABSOLUTE_LIBRARY_ROOT + "Footprints\\" + pkg.pcbLibrary() + ".PcbLib"
                : style.libraryPath(pkg.pcbLibrary());
        cells.put(FOOTPRINT_REF, footprint);
        cells.put(FOOTPRINT_PATH, footprintPath);
        if (profile.alternateFootprints() && pkg.isSurfaceMount() && chance(profile.alternateShare())) {
            cells.put(FOOTPRINT_REF_2, style.alternateName(footprint));
            cells.put(FOOTPRINT_PATH_2, footprintPath);
        }

        cells.put(DESCRIPTION, spec.description());
        cells.put(COMMENT, chance(profile.mpnCommentShare()) ? "=Manufacturer Part Number" : "=Value");
        cells.put(VALUE, spec.value());
        cells.put(MANUFACTURER, spec.manufacturer().displayName());
        cells.put(MANUFACTURER_PART_NUMBER, spec.mpn());
        putSupplier(cells, spec);
        cells.put(PACKAGE_CASE, pkg.caseName());
        cells.put(MOUNTING_TYPE, pkg.mountingType());
        for (Map.Entry<String, String> parameter : spec.parameters().entrySet()) {
            cells.put(parameter.getKey(), degrade(parameter.getValue()));
        }
        putLinks(cells, spec);
        return new SamplePart(cells, spec.expected());
    }

    private FootprintStyle pickStyle() {
        double r = random.nextDouble();
        if (r < profile.ipcShare()) {
            return FootprintStyle.IPC;
        }
        return r < profile.ipcShare() + profile.altiumShare() ? FootprintStyle.ALTIUM : FootprintStyle.HOUSE;
    }

    private void putSupplier(Map<String, String> cells, PartSpec spec) {
        Manufacturer m = spec.manufacturer();
        boolean mouser = m.soldByMouser() && random.nextBoolean();
        cells.put(SUPPLIER_1, mouser ? "Mouser" : "Digi-Key");
        String number = mouser ? m.mouserPartNumber(spec.mpn())
                : spec.mpn() + (spec.pkg().isSurfaceMount() ? "CT-ND" : "-ND");
        double r = random.nextDouble();
        if (r < NULL_SUPPLIER_NUMBER_SHARE) {
            number = null;
        } else if (r < NULL_SUPPLIER_NUMBER_SHARE + EMPTY_SUPPLIER_NUMBER_SHARE) {
            number = "";
        }
        cells.put(SUPPLIER_PART_NUMBER_1, number);
    }

    private void putLinks(Map<String, String> cells, PartSpec spec) {
        double r = random.nextDouble();
        if (r >= NO_LINK_SHARE) {
            cells.put(LINK_1_DESCRIPTION, "Datasheet");
            cells.put(LINK_1_URL, chance(profile.fileLinkShare())
                    ? "\\\\fileserver\\Datasheets\\" + spec.manufacturer().displayName() + "\\" + spec.mpn() + ".pdf"
                    : "https://example.com/datasheets/" + spec.manufacturer().slug() + "/" + spec.series() + ".pdf");
        }
        double h = random.nextDouble();
        if (h < HELP_URL_SHARE) {
            cells.put(HELP_URL, "https://example.com/parts?mpn=" + URLEncoder.encode(spec.mpn(), StandardCharsets.UTF_8));
        } else if (h < HELP_URL_SHARE + EMPTY_HELP_URL_SHARE) {
            cells.put(HELP_URL, "");
        }
    }

    /** Real tables have holes: a few parameter cells are NULL, fewer are empty strings. */
    private String degrade(String value) {
        double r = random.nextDouble();
        if (r < NULL_PARAMETER_SHARE) {
            return null;
        }
        return r < NULL_PARAMETER_SHARE + EMPTY_PARAMETER_SHARE ? "" : value;
    }

    private boolean chance(double share) {
        return random.nextDouble() < share;
    }
}
