package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.ValueReference;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained, well-formed (XHTML-compatible) page with inline CSS, an inline
 * SVG chart and a few lines of inline JavaScript to filter the review list. A Content-Security-Policy forbids
 * every external resource. Every value from the data is escaped.
 */
final class HtmlReportWriter {

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #212121; }
            h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; }
            table { border-collapse: collapse; margin: 8px 0; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .summary td:first-child { font-weight: 600; }
            .chart text { font: 12px system-ui, sans-serif; }
            .filters { margin: 8px 0; } .filters label { margin-right: 16px; }
            .details { color: #555; font-size: 12px; }
            .note { color: #8a6d00; }
            """;

    /** Filters the review rows by table, reason and text; uses no '&lt;' or '&amp;' so the page stays well-formed XML. */
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('filter-table');
              var reason = document.getElementById('filter-reason');
              var text = document.getElementById('filter-text');
              var shown = document.getElementById('shown-count');
              var rows = Array.prototype.slice.call(document.querySelectorAll('#review tbody tr'));
              function apply() {
                var t = table.value, r = reason.value, q = text.value.toLowerCase(), n = 0;
                rows.forEach(function (row) {
                  var ok = (t === '' || row.getAttribute('data-table') === t)
                      ? ((r === '' || (' ' + row.getAttribute('data-reasons') + ' ').indexOf(' ' + r + ' ') !== -1)
                          ? (q === '' || row.textContent.toLowerCase().indexOf(q) !== -1) : false)
                      : false;
                  row.hidden = !ok;
                  if (ok) { n++; }
                });
                shown.textContent = String(n);
              }
              table.addEventListener('change', apply);
              reason.addEventListener('change', apply);
              text.addEventListener('input', apply);
            })();
            """;

    private final Writer out;

    HtmlReportWriter(Writer out) {
        this.out = out;
    }

    void write(ReportFacts facts, ReportSettings settings, List<MappingReport.TableRow> tables,
               Map<String, long[]> rulesByBand, EnumMap<ReviewReason, Long> reasons, long parts, long review,
               long unverifiable, List<ReviewRow> rows) throws IOException {
        String library = HtmlText.escape(facts.libraryName());
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\"/>\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<title>Mapping report: " + library + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>Mapping report: " + library + "</h1>\n");
        out.write("<table class=\"summary\">\n");
        summaryRow("Source", HtmlText.escape(facts.source()));
        summaryRow("Generated", HtmlText.escape(facts.generatedAt().toString()));
        summaryRow("Mapping mode", HtmlText.escape(settings.mappingMode().configName()));
        summaryRow("Parts mapped", Long.toString(parts));
        summaryRow("Parts to review", Long.toString(review));
        if (unverifiable > 0) {
            summaryRow("Altium references not verifiable", unverifiable + " (inside .IntLib files or of unknown type)");
        }
        if (facts.performance() != null) {
            PerformanceSummary p = facts.performance();
            summaryRow("Speed", Math.round(p.componentsPerSecond()) + " parts/s with " + p.workers() + " workers"
                    + p.phase(PerformanceSummary.FULL_MIGRATION).map(t -> ", " + t.wallTime().toMillis() + " ms in total").orElse(""));
        }
        out.write("</table>\n");

        writeTables(tables);
        writeLibraryNotices(facts.notices());
        writeValueReferences(facts.valueReferences());
        KicadVerificationHtml.write(out, facts.verification());

        out.write("<h2>How parts were mapped</h2>\n");
        out.write(MappingChartSvg.of(rulesByBand));
        out.write("<table id=\"mapping\">\n<thead><tr><th>Rule</th>");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            out.write("<th>" + HtmlText.escape(band.label()) + "</th>");
        }
        out.write("<th>Total</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, long[]> e : rulesByBand.entrySet()) {
            out.write("<tr><td>" + HtmlText.escape(e.getKey()) + "</td>");
            long total = 0;
            for (ConfidenceBand band : ConfidenceBand.values()) {
                long n = e.getValue()[band.ordinal()];
                total += n;
                out.write("<td class=\"n\">" + n + "</td>");
            }
            out.write("<td class=\"n\">" + total + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");

        writeReview(tables, reasons, review, rows, settings);
        writePerformance(facts.performance());
        out.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private void summaryRow(String name, String escapedValue) throws IOException {
        out.write("<tr><td>" + name + "</td><td>" + escapedValue + "</td></tr>\n");
    }

    private void writeTables(List<MappingReport.TableRow> tables) throws IOException {
        out.write("<h2>Tables</h2>\n<table id=\"tables\">\n<thead><tr><th>Table</th><th>Rows read</th><th>Parts written</th>"
                + "<th>Duplicate keys</th><th>Empty keys</th><th>Unresolved</th><th>To review</th>");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            out.write("<th>Confidence " + HtmlText.escape(band.label()) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (MappingReport.TableRow t : tables) {
            out.write("<tr><td>" + HtmlText.escape(t.table()) + "</td>");
            out.write(number(t.result() == null ? null : t.result().rowsRead()));
            out.write(number(t.result() == null ? t.counts().parts : t.result().rowsWritten()));
            out.write(number(t.result() == null ? t.counts().duplicateKeys : t.result().duplicateKeys()));
            out.write(number(t.result() == null ? t.counts().emptyKeys : t.result().emptyKeys()));
            out.write(number(t.result() == null ? null : t.result().unresolved()));
            out.write(number(t.counts().review));
            for (ConfidenceBand band : ConfidenceBand.values()) {
                out.write(number(t.counts().bands[band.ordinal()]));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    /** The library files KiCad cannot load, then the names written as KiCad lists them. */
    private void writeLibraryNotices(List<LibraryNotice> notices) throws IOException {
        List<LibraryNotice> files = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_LIBRARY
                || n.kind() == LibraryNotice.Kind.UNREADABLE_LIBRARY).toList();
        List<LibraryNotice> missing = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_NAME).toList();
        List<LibraryNotice> names = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.NAME_CHANGED).toList();
        if (!files.isEmpty()) {
            out.write("<h2>Library files KiCad cannot load</h2>\n<p>" + files.size() + " Altium library files are missing or "
                    + "unreadable; KiCad will not load the " + files.stream().mapToLong(LibraryNotice::parts).sum()
                    + " part references to them. Missing files get no lib-table row. What to do is said per file.</p>\n");
            out.write("<table id=\"library-files\">\n<thead><tr><th>Problem</th><th>Kind</th><th>Library (as in the database)"
                    + "</th><th>Nickname</th><th>Parts</th><th>Examples</th><th>What to do</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : files) {
                out.write("<tr><td>" + (n.kind() == LibraryNotice.Kind.MISSING_LIBRARY ? "missing" : "unreadable") + "</td><td>"
                        + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.libraryPath()) + "</td><td>"
                        + HtmlText.escape(n.nickname()) + "</td>" + number(n.parts()) + "<td>"
                        + HtmlText.escape(String.join(", ", n.examples())) + "</td><td>" + HtmlText.escape(n.message())
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
        if (!missing.isEmpty()) {
            out.write("<h2>Names not in their library file</h2>\n<p>" + missing.size() + " symbol and footprint names are not in "
                    + "the library file the database names (in any letter case); KiCad cannot load the "
                    + missing.stream().mapToLong(LibraryNotice::parts).sum() + " part references to them. Correct the name in "
                    + "the database, or add the symbol or footprint to the library.</p>\n");
            out.write("<table id=\"missing-names\">\n<thead><tr><th>Kind</th><th>Library (as in the database)</th><th>Name</th>"
                    + "<th>Parts</th><th>Examples</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : missing) {
                out.write("<tr><td>" + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.libraryPath()) + "</td><td>"
                        + HtmlText.escape(n.name()) + "</td>" + number(n.parts()) + "<td>"
                        + HtmlText.escape(String.join(", ", n.examples())) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
        if (!names.isEmpty()) {
            out.write("<h2>Names written as KiCad lists them</h2>\n<p>" + names.size() + " Altium names are written to the "
                    + "KiCad database as KiCad's Altium importer lists them (symbols under their storage name, at most 31 "
                    + "characters, with '/' as '_'; the file's letter case). KiCad finds these parts; nothing to do.</p>\n");
            out.write("<table id=\"name-changes\">\n<thead><tr><th>Kind</th><th>Library</th><th>Name in the database</th>"
                    + "<th>Written as</th><th>Parts</th><th>Examples</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : names) {
                out.write("<tr><td>" + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.nickname()) + "</td><td>"
                        + HtmlText.escape(n.name()) + "</td><td>" + HtmlText.escape(n.writtenAs()) + "</td>" + number(n.parts())
                        + "<td>" + HtmlText.escape(String.join(", ", n.examples())) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
    }

    /** The {@code =Name} values: written as the named parameter's value, or left as written (unknown name). */
    private void writeValueReferences(List<ValueReference> references) throws IOException {
        if (references.isEmpty()) {
            return;
        }
        long resolved = references.stream().filter(ValueReference::isResolved).mapToLong(ValueReference::parts).sum();
        long literal = references.stream().filter(v -> !v.isResolved()).mapToLong(ValueReference::parts).sum();
        out.write("<h2>Values that show another parameter</h2>\n<p>Altium shows a value <code>=Name</code> as the value of "
                + "parameter <code>Name</code>. " + resolved + " such values are written as that parameter's value, so that "
                + "KiCad shows what Altium showed" + (literal > 0 ? "; " + literal + " name no column or parameter of the "
                + "table, and are kept as written: check them" : "") + ".</p>\n");
        out.write("<table id=\"value-references\">\n<thead><tr><th>Table</th><th>Column</th><th>Value</th><th>Written from</th>"
                + "<th>Parts</th></tr></thead>\n<tbody>\n");
        for (ValueReference v : references) {
            out.write("<tr><td>" + HtmlText.escape(v.table()) + "</td><td>" + HtmlText.escape(v.column()) + "</td><td>"
                    + HtmlText.escape(v.text()) + "</td><td>" + (v.isResolved() ? HtmlText.escape(v.resolved())
                    : "kept as written (unknown name)") + "</td>" + number(v.parts()) + "</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static String number(Long n) {
        return "<td class=\"n\">" + (n == null ? "" : n.toString()) + "</td>";
    }

    private void writeReview(List<MappingReport.TableRow> tables, EnumMap<ReviewReason, Long> reasons, long review,
                             List<ReviewRow> rows, ReportSettings settings) throws IOException {
        out.write("<h2>Parts that need review</h2>\n");
        out.write("<p>Listed: confidence below " + String.format(Locale.ROOT, "%.2f", settings.reviewBelow())
                + ", Altium references kept where a standard mapping was wanted, unresolved symbols or footprints, "
                + "missing or unreadable Altium libraries and names, duplicate and empty keys.</p>\n");
        if (rows.size() < review) {
            out.write("<p class=\"note\">Showing the first " + rows.size() + " of " + review
                    + " parts; all of them are in " + MappingReport.CSV_FILE + " and " + MappingReport.JSON_FILE + ".</p>\n");
        }
        out.write("<div class=\"filters\">\n<label>Table <select id=\"filter-table\"><option value=\"\">all tables</option>");
        for (MappingReport.TableRow t : tables) {
            String name = HtmlText.escape(t.table());
            out.write("<option value=\"" + name + "\">" + name + " (" + t.counts().review + ")</option>");
        }
        out.write("</select></label>\n<label>Reason <select id=\"filter-reason\"><option value=\"\">all reasons</option>");
        for (ReviewReason r : ReviewReason.values()) {
            out.write("<option value=\"" + r.key() + "\">" + HtmlText.escape(r.label()) + " ("
                    + reasons.getOrDefault(r, 0L) + ")</option>");
        }
        out.write("</select></label>\n<label>Search <input id=\"filter-text\" type=\"search\"/></label>\n");
        out.write("<span><span id=\"shown-count\">" + rows.size() + "</span> shown</span>\n</div>\n");
        out.write("<table id=\"review\">\n<thead><tr><th>Table</th><th>Row</th><th>Key</th><th>Reasons</th><th>Rule</th>"
                + "<th>Confidence</th><th>Symbol</th><th>Footprints</th><th>Details</th></tr></thead>\n<tbody>\n");
        for (ReviewRow r : rows) {
            out.write("<tr data-table=\"" + HtmlText.escape(r.table()) + "\" data-reasons=\""
                    + r.reasonKeys().replace(';', ' ') + "\">");
            out.write("<td>" + HtmlText.escape(r.table()) + "</td><td class=\"n\">" + r.row() + "</td><td>"
                    + HtmlText.escape(r.key()) + "</td><td>" + HtmlText.escape(r.reasonLabels()) + "</td><td>"
                    + HtmlText.escape(r.rule()) + "</td><td class=\"n\">" + r.confidenceText() + "</td><td>"
                    + HtmlText.escape(r.symbol()) + "</td><td>" + HtmlText.escape(r.footprints().replace(";", "; "))
                    + "</td><td class=\"details\">" + HtmlText.escape(String.join("; ", r.details())) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private void writePerformance(PerformanceSummary p) throws IOException {
        if (p == null) {
            return;
        }
        out.write("<h2>Performance</h2>\n<table id=\"performance\">\n<thead><tr><th>Phase</th><th>Wall time (ms)</th>"
                + "<th>Busy time (ms)</th><th>Items</th><th>Items/s</th></tr></thead>\n<tbody>\n");
        for (PhaseTiming t : p.phases()) {
            out.write("<tr><td>" + HtmlText.escape(t.name()) + "</td><td class=\"n\">" + t.wallTime().toMillis()
                    + "</td><td class=\"n\">" + t.busyTime().toMillis() + "</td><td class=\"n\">" + t.items()
                    + "</td><td class=\"n\">" + Math.round(t.itemsPerSecond()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }
}
