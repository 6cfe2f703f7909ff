package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.ValueReference;
import java.time.Instant;
import java.util.List;

/**
 * The facts of the finished migration the report shows besides what it collected.
 *
 * @param libraryName the KiCad library's name
 * @param source      where the parts came from, without secrets ({@code SourceLocation.description()})
 * @param tables      per-table results, in DbLib order
 * @param performance where the time went
 * @param generatedAt when the report was made
 * @param notices     missing and unreadable library files, names written as KiCad lists them
 * @param valueReferences the {@code =Name} values resolved or left literal
 * @param verification what KiCad said about the written parts ({@code verify_with_kicad}); {@code null} when off
 */
public record ReportFacts(String libraryName, String source, List<TableResult> tables, PerformanceSummary performance,
                          Instant generatedAt, List<LibraryNotice> notices, List<ValueReference> valueReferences,
                          KicadVerification verification) {

    public ReportFacts {
        tables = List.copyOf(tables);
        notices = List.copyOf(notices);
        valueReferences = List.copyOf(valueReferences);
    }

    /** Facts without library notices. */
    public ReportFacts(String libraryName, String source, List<TableResult> tables, PerformanceSummary performance,
                       Instant generatedAt) {
        this(libraryName, source, tables, performance, generatedAt, List.of(), List.of(), null);
    }

    /** Facts of a run without KiCad verification. */
    public ReportFacts(String libraryName, String source, List<TableResult> tables, PerformanceSummary performance,
                       Instant generatedAt, List<LibraryNotice> notices, List<ValueReference> valueReferences) {
        this(libraryName, source, tables, performance, generatedAt, notices, valueReferences, null);
    }
}
