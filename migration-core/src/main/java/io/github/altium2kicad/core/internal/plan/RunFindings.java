package io.github.altium2kicad.core.internal.plan;

import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.core.internal.pipeline.TableJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the stages of one migration found for the summary, the report and the result: part issues, warnings, skipped tables. */
public final class RunFindings {

    private final List<PartIssue> issues = new ArrayList<>();
    private final List<MigrationWarning> warnings = new ArrayList<>();
    private final List<SkippedTable> skippedTables = new ArrayList<>();

    /** @param warnings the warnings found before the run (reading the DbLib) */
    public RunFindings(List<MigrationWarning> warnings) {
        this.warnings.addAll(warnings);
    }

    /** Adds a part issue; thread-safe (the mapping workers report). */
    public synchronized void addIssue(PartIssue issue) {
        issues.add(issue);
    }

    public void addWarning(MigrationWarning warning) {
        warnings.add(warning);
    }

    public void addSkippedTable(SkippedTable table) {
        skippedTables.add(table);
    }

    /** Orders issues by table (DbLib order), row and kind, whichever path produced them. */
    public synchronized void sortIssues(List<TableJob> jobs) {
        Map<String, Integer> order = new HashMap<>();
        jobs.forEach(j -> order.put(j.name(), order.size()));
        issues.sort(Comparator.comparing((PartIssue i) -> order.getOrDefault(i.table(), Integer.MAX_VALUE))
                .thenComparingLong(PartIssue::row).thenComparing(PartIssue::kind));
    }

    public List<PartIssue> issues() {
        return issues;
    }

    public List<MigrationWarning> warnings() {
        return warnings;
    }

    public List<SkippedTable> skippedTables() {
        return skippedTables;
    }
}
