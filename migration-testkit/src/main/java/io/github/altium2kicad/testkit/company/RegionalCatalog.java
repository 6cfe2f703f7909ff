package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The small libraries the company's subsidiaries keep in their own language, saved on machines whose ANSI code page is
 * GBK (China, an Excel workbook), windows-1251 (Russia) or Shift-JIS/CP932 (Japan): table, column, symbol and
 * footprint names in Chinese, Russian and Japanese.
 */
final class RegionalCatalog {

    /** One regional table: its name, the names its rows use, and how many rows. */
    record Spec(String table, String symbol, String footprintPrefix, String descriptionWord, int rows,
                FixtureSymbol symbolSource, FixtureFootprint footprintSource) {
    }

    private final Random random;
    private final LibraryFiles files;
    private final String symbolFile;
    private final String footprintFile;
    private final List<String> localColumns;

    RegionalCatalog(long seed, LibraryFiles files, String symbolFile, String footprintFile, List<String> localColumns) {
        this.random = new Random(seed);
        this.files = files;
        this.symbolFile = symbolFile;
        this.footprintFile = footprintFile;
        this.localColumns = List.copyOf(localColumns);
    }

    /** The columns of a regional table: Altium's conventional ones, then the subsidiary's own. */
    List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(CompanyColumns.PART_NUMBER, CompanyColumns.LIBRARY_REF,
                CompanyColumns.LIBRARY_PATH, CompanyColumns.FOOTPRINT_REF, CompanyColumns.FOOTPRINT_PATH,
                CompanyColumns.DESCRIPTION, CompanyColumns.COMMENT, CompanyColumns.VALUE));
        columns.addAll(localColumns);
        return columns;
    }

    /** A table of {@code spec.rows()} parts; its key prefix is {@code keyPrefix}. */
    CompanyTable table(Spec spec, String dbLibName, String keyPrefix) {
        List<CompanyPart> parts = new ArrayList<>();
        String[] sizes = {"0402", "0603", "0805", "1206"};
        String[] metric = {"1005", "1608", "2012", "3216"};
        for (int i = 0; i < spec.rows(); i++) {
            int s = random.nextInt(4);
            String value = (1 + random.nextInt(99)) + new String[] {"", "K", "M", "n", "u"}[random.nextInt(5)];
            String footprint = spec.footprintPrefix() + " " + sizes[s] + "_" + metric[s];
            String mpn = keyPrefix + "-" + sizes[s] + "-" + String.format(Locale.ROOT, "%04d", i);
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(CompanyColumns.PART_NUMBER, mpn);
            cells.put(CompanyColumns.LIBRARY_REF, spec.symbol());
            cells.put(CompanyColumns.LIBRARY_PATH, symbolFile);
            cells.put(CompanyColumns.FOOTPRINT_REF, footprint);
            cells.put(CompanyColumns.FOOTPRINT_PATH, footprintFile);
            cells.put(CompanyColumns.DESCRIPTION, spec.descriptionWord() + " " + value + " " + sizes[s]);
            cells.put(CompanyColumns.COMMENT, i % 2 == 0 ? "=Value" : "=Part Number");
            cells.put(CompanyColumns.VALUE, value);
            for (String column : localColumns) {
                cells.put(column, column + " " + (1 + random.nextInt(9)));
            }
            cells.put(localColumns.get(0), sizes[s] + " (" + metric[s] + ")");
            files.symbol(symbolFile, spec.symbol(), spec.descriptionWord(), spec.symbolSource());
            files.footprint(footprintFile, footprint, spec.descriptionWord(), spec.footprintSource(),
                    spec.footprintSource() == FixtureFootprint.CHIP_2_PADS ? LandPattern.chip(metric[s]) : null);
            parts.add(new CompanyPart(cells, spec.symbolSource(), spec.footprintSource(), null));
        }
        return new CompanyTable(spec.table(), dbLibName, dbLibName, columns(), parts);
    }
}
