package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the end-of-run summary: a table of tables, totals, time, and where the output is. */
final class SummaryTable {

    private static final String[] HEADER = {"Table", "Read", "Written", "Duplicate keys", "Empty keys", "Unresolved", "Rule errors"};

    private final PrintWriter out;

    SummaryTable(PrintWriter out) {
        this.out = out;
    }

    void print(MigrationResult result) {
        List<String[]> rows = new ArrayList<>();
        for (TableResult t : result.tables()) {
            rows.add(new String[] {t.table(), num(t.rowsRead()), num(t.rowsWritten()), num(t.duplicateKeys()),
                    num(t.emptyKeys()), num(t.unresolved()), num(t.ruleErrors())});
        }
        rows.add(new String[] {"Total (" + result.tables().size() + " tables)", num(result.rowsRead()),
                num(result.partsWritten()), num(result.tables().stream().mapToLong(TableResult::duplicateKeys).sum()),
                num(result.tables().stream().mapToLong(TableResult::emptyKeys).sum()),
                num(result.tables().stream().mapToLong(TableResult::unresolved).sum()),
                num(result.tables().stream().mapToLong(TableResult::ruleErrors).sum())});
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        widths[0] = Math.min(widths[0], 48);
        out.println();
        line(HEADER, widths);
        separator(widths);
        for (int r = 0; r < rows.size(); r++) {
            if (r == rows.size() - 1) {
                separator(widths);
            }
            line(rows.get(r), widths);
        }
        if (!result.changes().isEmpty()) {
            out.println();
            out.println("Incremental update:");
            for (TableChanges c : result.changes()) {
                out.printf(Locale.ROOT, "  %-40s %s%n", c.table(), c.rebuilt() && c.added() == 0
                        ? String.format(Locale.ROOT, "dropped (%,d parts deleted)", c.deleted())
                        : String.format(Locale.ROOT, "%,d added, %,d changed, %,d deleted, %,d unchanged%s", c.added(), c.changed(),
                        c.deleted(), c.unchanged(), c.rebuilt() ? " (table rebuilt)" : ""));
            }
        }
        PerformanceSummary p = result.performance();
        double seconds = p.phase(PerformanceSummary.FULL_MIGRATION).map(t -> t.wallTime().toNanos() / 1e9).orElse(0.0);
        out.println();
        out.printf(Locale.ROOT, "Time: %.2f s (%,.0f parts/s, %d workers, peak heap %.0f MB, mapping cache hit ratio %.0f%%)%n",
                seconds, p.componentsPerSecond(), p.workers(), p.peakHeapBytes() / 1048576.0, p.cache().hitRatio() * 100);
        if (result.verification() != null) {
            printVerification(result.verification());
        }
        out.println("KiCad database library: " + result.kicadDbl());
        out.println("Mapping report: " + result.report());
        out.println("Summary with every issue: " + result.summaryFile());
        out.println("Next: in KiCad, Preferences > Manage Symbol Libraries, add the .kicad_dbl (type Database),");
        out.println("      and add the rows of " + result.outputDirectory().resolve("sym-lib-table") + " and fp-lib-table.");
    }

    /** What KiCad said: parts loaded, then each problem with its count and three examples. */
    private void printVerification(KicadVerification v) {
        out.printf(Locale.ROOT, "Checked by KiCad %s: %,d of %,d parts load with symbol, pins and footprint; %,d do not"
                        + " (%.1f s, %,.0f ms per 1,000 parts)%n", v.kicadVersion(), v.partsLoaded(), v.partsChecked(),
                v.partsNotLoaded(), v.duration().toMillis() / 1000.0, v.millisPerThousandParts());
        for (Map.Entry<KicadVerification.Problem, Long> e : v.countsByProblem().entrySet()) {
            out.printf(Locale.ROOT, "  %-32s %,8d parts%n", e.getKey().label() + ":", e.getValue());
            v.findings().stream().filter(f -> f.problem() == e.getKey()).limit(3).forEach(f ->
                    out.println("      " + f.table() + " / " + f.key() + ": " + f.detail()));
        }
        if (!v.findings().isEmpty()) {
            out.println("  Every one is listed in report.html and migration-summary.json (kicad_verification).");
        }
    }

    private void line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].length() > widths[i] ? cells[i].substring(0, widths[i] - 1) + "…" : cells[i];
            if (i == 0) {
                b.append(String.format("%-" + widths[i] + "s", cell));
            } else {
                b.append("  ").append(String.format("%" + widths[i] + "s", cell));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private void separator(int[] widths) {
        int total = widths[0];
        for (int i = 1; i < widths.length; i++) {
            total += 2 + widths[i];
        }
        out.println("-".repeat(total));
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
