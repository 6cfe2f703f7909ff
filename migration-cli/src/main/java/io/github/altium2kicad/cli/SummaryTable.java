package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.DeclineReasonCount;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.ValueReference;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the end-of-run summary: a table of tables, totals, time, and where the output is. */
final class SummaryTable {

    private static final String[] HEADER = {"Table", "Read", "Written", "Duplicate keys", "Empty keys", "Unresolved", "Rule errors"};

    private static final int EXAMPLES = 3;

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
        printLibraryNotices(result);
        printDeclineReasons(result);
        if (!result.skippedTables().isEmpty()) {
            out.println();
            out.println("Skipped tables (not migrated, as Altium shows the library without them):");
            for (SkippedTable t : result.skippedTables()) {
                out.println("  " + t.table() + ": " + t.reason());
            }
        }
        out.println();
        out.println("DbLib read as: " + result.dblibEncoding());
        if (result.completedWithWarnings()) {
            out.println("Completed with " + num(result.warnings().size()) + " warnings (each kind once on standard error; all of them in "
                    + "migration-summary.json): exit code " + Altium2KicadCommand.EXIT_WARNINGS + ".");
        }
        PerformanceSummary p = result.performance();
        double seconds = p.phase(PerformanceSummary.FULL_MIGRATION).map(t -> t.wallTime().toNanos() / 1e9).orElse(0.0);
        out.println();
        out.printf(Locale.ROOT, "Time: %.2f s (%,.0f parts/s, %d workers, peak heap %.0f MB)%n",
                seconds, p.componentsPerSecond(), p.workers(), p.peakHeapBytes() / 1048576.0);
        out.println(cacheLine(p.cache()));
        if (result.verification() != null) {
            printVerification(result.verification());
        }
        out.println("KiCad database library: " + result.kicadDbl());
        out.println("Mapping report: " + result.report());
        out.println("Summary with every issue: " + result.summaryFile());
        out.println("Next: in KiCad, Preferences > Manage Symbol Libraries, add the .kicad_dbl (type Database),");
        out.println("      and add the rows of " + result.outputDirectory().resolve("sym-lib-table") + " and fp-lib-table.");
    }

    /** The most common reasons why standard mode kept parts as Altium, with a count and an example each. */
    private void printDeclineReasons(MigrationResult result) {
        if (result.declineReasons().isEmpty()) {
            return;
        }
        out.println();
        out.println("Kept as Altium by standard mode, most common reasons (all in mapping-report.csv, column decline_reason):");
        for (DeclineReasonCount d : result.declineReasons()) {
            out.printf(Locale.ROOT, "  %,7d  %s%n           e.g. %s%n", d.parts(), d.reason(), d.example());
        }
    }

    /**
     * Where the mapping decisions came from: the in-memory memo, the persistent cache (of the memo's misses), the
     * rules; e.g. {@code Mapping decisions: 0 of 46,033 from the memo (0%), persistent cache 46,033 of 46,033 (100%),
     * rules ran 0}, then what the standard-library rule decided per Altium footprint ({@code ; standard rule: 131
     * footprint decisions for 121 distinct footprints}).
     */
    static String cacheLine(CacheStatistics c) {
        return String.format(Locale.ROOT, "Mapping decisions: %,d of %,d from the memo (%.0f%%), persistent cache %,d of %,d "
                        + "(%.0f%%), rules ran %,d", c.hits(), c.lookups(), c.memoHitRatio() * 100, c.persistentHits(), c.misses(),
                c.persistentHitRatio() * 100, c.ruleEvaluations())
                + (c.footprintDecisions() == 0 ? "" : String.format(Locale.ROOT,
                "; standard rule: %,d footprint decisions for %,d distinct footprints", c.footprintDecisions(),
                c.distinctFootprints()));
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

    /**
     * One line for each kind of part KiCad cannot load: missing or unreadable library files, names not in their file,
     * parts KiCad's own check did not load. The lines {@code --quiet} still prints; empty if there is none.
     */
    static List<String> loadProblems(MigrationResult result) {
        List<String> lines = new ArrayList<>();
        for (LibraryNotice.Kind kind : List.of(LibraryNotice.Kind.MISSING_LIBRARY, LibraryNotice.Kind.UNREADABLE_LIBRARY)) {
            if (!result.notices(kind).isEmpty()) {
                lines.add(libraryFilesHeadline(kind, result.notices(kind)));
            }
        }
        if (!result.notices(LibraryNotice.Kind.MISSING_NAME).isEmpty()) {
            lines.add(missingNamesHeadline(result.notices(LibraryNotice.Kind.MISSING_NAME)));
        }
        KicadVerification v = result.verification();
        if (v != null && v.partsNotLoaded() > 0) {
            lines.add(String.format(Locale.ROOT, "Checked by KiCad %s: %,d of %,d parts do not load", v.kicadVersion(),
                    v.partsNotLoaded(), v.partsChecked()));
        }
        return lines;
    }

    private static String libraryFilesHeadline(LibraryNotice.Kind kind, List<LibraryNotice> files) {
        return String.format(Locale.ROOT, "%s Altium library files: %,d (%,d part references; KiCad cannot load these parts)",
                kind == LibraryNotice.Kind.MISSING_LIBRARY ? "Missing" : "Unreadable", files.size(),
                files.stream().mapToLong(LibraryNotice::parts).sum());
    }

    private static String missingNamesHeadline(List<LibraryNotice> missing) {
        return String.format(Locale.ROOT, "Names not in their Altium library file: %,d (%,d part references; KiCad cannot load "
                + "these parts)", missing.size(), missing.stream().mapToLong(LibraryNotice::parts).sum());
    }

    /** Missing and unreadable library files (with parts, examples and what to do), then the count of names changed. */
    private void printLibraryNotices(MigrationResult result) {
        for (LibraryNotice.Kind kind : List.of(LibraryNotice.Kind.MISSING_LIBRARY, LibraryNotice.Kind.UNREADABLE_LIBRARY)) {
            List<LibraryNotice> files = result.notices(kind);
            if (files.isEmpty()) {
                continue;
            }
            out.println();
            out.println(libraryFilesHeadline(kind, files));
            files.stream().limit(EXAMPLES).forEach(n -> out.printf(Locale.ROOT, "  %s library %s: %,d parts, e.g. %s%n",
                    n.reference(), n.libraryPath(), n.parts(), n.examples().isEmpty() ? "-" : String.join(", ", n.examples())));
            if (files.size() > EXAMPLES) {
                out.printf(Locale.ROOT, "  … and %,d more (all in the report and the summary)%n", files.size() - EXAMPLES);
            }
            out.println(kind == LibraryNotice.Kind.MISSING_LIBRARY
                    ? "  What to do: put the files where the database says (relative paths are resolved next to the DbLib), or add"
                    + "\n  their folders to the DbLib's LibrarySearchPath, and migrate again. Missing files get no lib-table row."
                    : "  What to do: open and save them again in Altium Designer, or replace them with good copies, and migrate again.");
        }
        List<LibraryNotice> missing = result.notices(LibraryNotice.Kind.MISSING_NAME);
        if (!missing.isEmpty()) {
            out.println();
            out.println(missingNamesHeadline(missing));
            missing.stream().limit(EXAMPLES).forEach(n -> out.printf(Locale.ROOT, "  %s '%s' in %s: %,d parts, e.g. %s%n",
                    n.reference(), n.name(), n.libraryPath(), n.parts(), String.join(", ", n.examples())));
            if (missing.size() > EXAMPLES) {
                out.printf(Locale.ROOT, "  … and %,d more (all in the report and the summary)%n", missing.size() - EXAMPLES);
            }
            out.println("  What to do: correct the names in the database, or add the symbols and footprints to the libraries.");
        }
        List<PartIssue> renamed = result.issues().stream().filter(i -> i.kind() == PartIssue.Kind.KEY_RENAMED).toList();
        if (!renamed.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Keys KiCad cannot use (: \\ < > \" tab, line break), written as safe keys: %,d (e.g. table %s, '%s' %s)%n",
                    renamed.size(), renamed.get(0).table(), renamed.get(0).key(), renamed.get(0).action());
        }
        long resolved = result.valueReferences().stream().filter(ValueReference::isResolved).mapToLong(ValueReference::parts).sum();
        long literal = result.valueReferences().stream().filter(v -> !v.isResolved()).mapToLong(ValueReference::parts).sum();
        if (resolved + literal > 0) {
            out.println();
            out.printf(Locale.ROOT, "Values '=Name' written as parameter Name's value: %,d%s%n", resolved, literal == 0 ? ""
                    : String.format(Locale.ROOT, "; %,d name no column of their table and are kept as written (see the report)", literal));
        }
        List<LibraryNotice> names = result.notices(LibraryNotice.Kind.NAME_CHANGED);
        if (!names.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Names written as KiCad lists them: %,d (%,d parts; e.g. '%s' as '%s'); listed in the report%n",
                    names.size(), names.stream().mapToLong(LibraryNotice::parts).sum(), names.get(0).name(), names.get(0).writtenAs());
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
