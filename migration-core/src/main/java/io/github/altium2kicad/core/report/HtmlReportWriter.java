package io.github.altium2kicad.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.core.PhaseNesting;
import io.github.altium2kicad.core.mapping.PreserveRule;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained, well-formed (XHTML-compatible) page with inline CSS, an inline
 * SVG chart and inline JavaScript. A Content-Security-Policy forbids every external resource, so the page opens
 * from disk with no network. Every value from the data is escaped.
 *
 * <p>First comes a short summary (totals, the most common reasons, the chart), then the tables (collapsed when there
 * are many), the library notices, and the list of every part that needs review. That list is not markup: its rows
 * are streamed from the report's spool into one compact JSON block ({@code <script type="application/json">},
 * strings written again as numbers, see {@link RepeatedStrings}), which the page's script filters, sorts and shows a
 * page at a time, so the page stays small and fast and the writer holds one row at a time.
 */
final class HtmlReportWriter {

    /** Hands the rows that need review, in DbLib table order, one at a time. */
    @FunctionalInterface
    interface ReviewRows {
        void forEach(ReviewSpool.RowConsumer consumer) throws IOException;
    }

    /** Tables at most this many are shown open; more are collapsed below the summary. */
    static final int OPEN_TABLES = 12;
    /** Notice lists of at most this many rows are shown open. */
    static final int OPEN_NOTICES = 10;

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #212121; }
            h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; }
            summary h2 { display: inline; font-size: 18px; } details { margin-top: 20px; } summary { cursor: pointer; }
            table { border-collapse: collapse; margin: 8px 0; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.sortable th, #review th { cursor: pointer; user-select: none; }
            th[aria-sort=ascending]::after { content: " \\25B2"; } th[aria-sort=descending]::after { content: " \\25BC"; }
            .summary td:first-child { font-weight: 600; }
            .chart text { font: 12px system-ui, sans-serif; }
            .filters { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
            .filters select { max-width: 32em; }
            .pager { margin: 8px 0; display: flex; gap: 8px; align-items: center; }
            #review { table-layout: fixed; width: 100%; }
            #review td { overflow-wrap: anywhere; word-break: break-word; }
            .details { color: #555; font-size: 12px; }
            .note { color: #8a6d00; }
            .kept { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 12px; }
            #top-reasons td.reason { max-width: 60em; overflow-wrap: anywhere; }
            """;

    /**
     * Renders the review list from the JSON block: decodes it (the strings numbered as {@link RepeatedStrings} does),
     * counts the most common reasons, fills the reason filter, and shows the filtered, sorted rows a page at a time.
     * Also sorts the tables marked {@code sortable}. Inside CDATA, so the page stays well-formed XML.
     */
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var started = performance.now();
              var data = JSON.parse(document.getElementById('review-data').textContent);
              var numbered = [];
              function text(v) {
                if (typeof v === 'number') { return numbered[v]; }
                if (v === null || v === undefined) { return ''; }
                if (v.length >= data.strings.min_length && numbered.length < data.strings.limit) { numbered.push(v); }
                return v;
              }
              var rows = new Array(data.rows.length);
              for (var i = 0; i < data.rows.length; i++) {
                var d = data.rows[i];
                var rule = text(d[4]);
                var symbol = text(d[6]);
                var footprints = text(d[7]);
                var details = text(d[8]);
                var reason = text(d[9]);
                rows[i] = {index: i, tableIndex: d[0], table: data.tables[d[0]], row: d[1], key: d[2] === null ? '' : d[2],
                  mask: d[3], reason: reason, rule: rule, confidence: d[5], symbol: symbol, footprints: footprints,
                  details: details, search: null};
              }

              var byReason = new Map();
              rows.forEach(function (r) {
                var e = byReason.get(r.reason);
                if (!e) { e = {reason: r.reason, count: 0, example: r}; byReason.set(r.reason, e); }
                e.count++;
              });
              var ranked = Array.from(byReason.values()).sort(function (a, b) {
                return b.count - a.count || (a.reason < b.reason ? -1 : (a.reason > b.reason ? 1 : 0));
              });

              var table = document.getElementById('filter-table');
              var category = document.getElementById('filter-category');
              var reasonFilter = document.getElementById('filter-reason');
              var search = document.getElementById('filter-text');
              var pageSize = document.getElementById('page-size');
              ranked.forEach(function (e) {
                var o = document.createElement('option');
                o.value = e.reason;
                o.textContent = (e.reason.length > 110 ? e.reason.substring(0, 110) + '\\u2026' : e.reason) + ' (' + e.count + ')';
                reasonFilter.appendChild(o);
              });
              document.getElementById('distinct-reasons').textContent = String(ranked.length);

              var top = document.getElementById('top-reasons').tBodies[0];
              ranked.slice(0, 10).forEach(function (e) {
                var tr = document.createElement('tr');
                cell(tr, e.reason, 'reason');
                cell(tr, String(e.count), 'n');
                cell(tr, e.example.key + ' (' + e.example.table + ', row ' + e.example.row + ')', 'details');
                var td = document.createElement('td');
                var b = document.createElement('button');
                b.type = 'button';
                b.textContent = 'show';
                b.addEventListener('click', function () {
                  table.value = ''; category.value = ''; search.value = ''; reasonFilter.value = e.reason;
                  apply();
                  document.getElementById('review-section').scrollIntoView();
                });
                td.appendChild(b);
                tr.appendChild(td);
                top.appendChild(tr);
              });

              var numeric = {row: true, confidence: true};
              var order = rows;
              var sortColumn = null, ascending = true;
              function sortBy(column) {
                ascending = column === sortColumn ? !ascending : true;
                sortColumn = column;
                var sign = ascending ? 1 : -1;
                var keys = rows.map(numeric[column]
                  ? function (r) { return r[column] === null ? -1 : r[column]; }
                  : function (r) { return r[column].toLowerCase(); });
                order = rows.slice().sort(function (a, b) {
                  var x = keys[a.index], y = keys[b.index];
                  return (x < y ? -sign : (x > y ? sign : 0)) || a.index - b.index;
                });
                Array.prototype.forEach.call(document.querySelectorAll('#review th'), function (th) {
                  if (th.getAttribute('data-column') === column) {
                    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                  } else {
                    th.removeAttribute('aria-sort');
                  }
                });
                apply();
              }
              Array.prototype.forEach.call(document.querySelectorAll('#review th'), function (th) {
                th.addEventListener('click', function () { sortBy(th.getAttribute('data-column')); });
              });

              function haystack(r) {
                if (r.search === null) {
                  r.search = [r.table, r.row, r.key, r.reason, r.rule, r.symbol, r.footprints, r.details].join('\\n').toLowerCase();
                }
                return r.search;
              }
              var shown = rows, page = 0;
              function apply() {
                var t = table.value === '' ? -1 : Number(table.value);
                var c = category.value === '' ? 0 : (1 << Number(category.value));
                var why = reasonFilter.value, q = search.value.toLowerCase();
                shown = order.filter(function (r) {
                  return (t === -1 || r.tableIndex === t) && (c === 0 || (r.mask & c) !== 0)
                    && (why === '' || r.reason === why) && (q === '' || haystack(r).indexOf(q) !== -1);
                });
                page = 0;
                render();
              }

              function cell(tr, value, className) {
                var td = document.createElement('td');
                td.textContent = value;
                if (className) { td.className = className; }
                tr.appendChild(td);
                return td;
              }
              function band(confidence) {
                return confidence >= 1 ? 'certain' : (confidence >= 0.9 ? 'high' : (confidence >= 0.6 ? 'medium' : 'low'));
              }
              var list = document.getElementById('review');
              function render() {
                var size = Number(pageSize.value);
                var pages = Math.max(1, Math.ceil(shown.length / size));
                page = Math.min(Math.max(page, 0), pages - 1);
                var start = page * size, end = Math.min(shown.length, start + size);
                var body = document.createElement('tbody');
                for (var i = start; i < end; i++) {
                  var r = shown[i];
                  var tr = document.createElement('tr');
                  cell(tr, r.table);
                  cell(tr, String(r.row), 'n');
                  cell(tr, r.key);
                  cell(tr, r.reason);
                  cell(tr, r.rule);
                  var conf = cell(tr, r.confidence === null ? '' : r.confidence.toFixed(2), 'n');
                  if (r.confidence !== null) { conf.classList.add('band-' + band(r.confidence)); }
                  if (r.rule === data.kept_rule) {
                    tr.className = 'kept-row';
                    var tag = document.createElement('span');
                    tag.className = 'kept';
                    tag.textContent = 'kept as Altium';
                    conf.appendChild(document.createTextNode(' '));
                    conf.appendChild(tag);
                  }
                  cell(tr, r.symbol);
                  cell(tr, r.footprints.split(';').join('; '));
                  cell(tr, r.details, 'details');
                  body.appendChild(tr);
                }
                list.replaceChild(body, list.tBodies[0]);
                document.getElementById('shown-count').textContent = String(shown.length);
                document.getElementById('page-info').textContent = shown.length === 0 ? 'no rows'
                  : 'rows ' + (start + 1) + '\\u2013' + end + ', page ' + (page + 1) + ' of ' + pages;
                document.getElementById('page-first').disabled = page === 0;
                document.getElementById('page-prev').disabled = page === 0;
                document.getElementById('page-next').disabled = page >= pages - 1;
                document.getElementById('page-last').disabled = page >= pages - 1;
              }
              function go(to) { return function () { page = to(); render(); }; }
              document.getElementById('page-first').addEventListener('click', go(function () { return 0; }));
              document.getElementById('page-prev').addEventListener('click', go(function () { return page - 1; }));
              document.getElementById('page-next').addEventListener('click', go(function () { return page + 1; }));
              document.getElementById('page-last').addEventListener('click', go(function () { return Infinity; }));
              pageSize.addEventListener('change', render);
              table.addEventListener('change', apply);
              category.addEventListener('change', apply);
              reasonFilter.addEventListener('change', apply);
              search.addEventListener('input', apply);

              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (t) {
                Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, column) {
                  th.addEventListener('click', function () {
                    var up = th.getAttribute('aria-sort') !== 'ascending';
                    Array.prototype.forEach.call(t.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
                    var body = t.tBodies[0];
                    var trs = Array.prototype.slice.call(body.rows);
                    var keys = trs.map(function (tr, i) {
                      var td = tr.cells[column];
                      var v = td ? td.textContent : '';
                      return {i: i, v: td && td.classList.contains('n') ? (v === '' ? -1 : Number(v)) : v.toLowerCase()};
                    });
                    keys.sort(function (a, b) {
                      return (a.v < b.v ? (up ? -1 : 1) : (a.v > b.v ? (up ? 1 : -1) : 0)) || a.i - b.i;
                    });
                    keys.forEach(function (k) { body.appendChild(trs[k.i]); });
                  });
                });
              });

              render();
              document.documentElement.setAttribute('data-ready-ms', (performance.now() - started).toFixed(1));
            })();
            """;

    private final Writer out;

    HtmlReportWriter(Writer out) {
        this.out = out;
    }

    void write(ReportFacts facts, ReportSettings settings, List<MappingReport.TableRow> tables,
               Map<String, long[]> rulesByBand, EnumMap<ReviewReason, Long> reasons, long parts, long review,
               long unverifiable, ReviewRows rows) throws IOException {
        String library = HtmlText.escape(facts.libraryName());
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\"/>\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<title>Mapping report: " + library + "</title>\n<style>\n" + STYLE + bandStyle() + "</style>\n</head>\n<body>\n");
        out.write("<h1>Mapping report: " + library + "</h1>\n");
        long kept = sum(rulesByBand.get(PreserveRule.NAME));
        long tablesToReview = tables.stream().filter(t -> t.counts().review > 0).count();
        out.write("<table class=\"summary\" id=\"summary\">\n");
        summaryRow("Source", HtmlText.escape(facts.source()));
        summaryRow("Generated", HtmlText.escape(facts.generatedAt().toString()));
        summaryRow("Mapping mode", HtmlText.escape(settings.mappingMode().configName()));
        summaryRow("Parts mapped", count(parts) + " in " + count(tables.size()) + " tables");
        summaryRow("Kept as Altium", "<span class=\"kept\">" + count(kept) + "</span> (their own .SchLib/.PcbLib symbol and footprint)");
        summaryRow("Parts to review", "<a href=\"#review-section\">" + count(review) + "</a> in " + count(tablesToReview) + " tables");
        if (unverifiable > 0) {
            summaryRow("Altium references not verifiable", count(unverifiable) + " (inside .IntLib files or of unknown type)");
        }
        if (facts.performance() != null) {
            PerformanceSummary p = facts.performance();
            summaryRow("Speed", Math.round(p.componentsPerSecond()) + " parts/s with " + p.workers() + " workers"
                    + p.phase(PerformanceSummary.FULL_MIGRATION).map(t -> ", " + t.wallTime().toMillis() + " ms in total").orElse(""));
        }
        out.write("</table>\n");

        out.write("<h2>Most common reasons to review</h2>\n<p>The ten most common of <span id=\"distinct-reasons\">0</span> "
                + "reasons, each with the number of parts and an example; <em>show</em> lists those parts.</p>\n");
        out.write("<table id=\"top-reasons\">\n<thead><tr><th>Reason</th><th>Parts</th><th>Example</th><th></th></tr></thead>\n"
                + "<tbody></tbody>\n</table>\n");

        out.write("<h2>How parts were mapped</h2>\n");
        out.write(MappingChartSvg.of(rulesByBand));
        out.write("<table id=\"mapping\" class=\"sortable\">\n<thead><tr><th>Rule</th>");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            out.write("<th>" + HtmlText.escape(band.label()) + "</th>");
        }
        out.write("<th>Total</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, long[]> e : rulesByBand.entrySet()) {
            out.write("<tr><td>" + HtmlText.escape(e.getKey()) + "</td>");
            for (ConfidenceBand band : ConfidenceBand.values()) {
                out.write(number(e.getValue()[band.ordinal()]));
            }
            out.write(number(sum(e.getValue())) + "</tr>\n");
        }
        out.write("</tbody>\n</table>\n");

        writeTables(tables, review, tablesToReview);
        writeLibraryNotices(facts.notices());
        writeValueReferences(facts.valueReferences());
        KicadVerificationHtml.write(out, facts.verification());
        writeReview(tables, reasons, review, settings);
        writePerformance(facts.performance());
        writeReviewData(tables, rows);
        out.write("<script>//<![CDATA[\n" + SCRIPT + "//]]>\n</script>\n</body>\n</html>\n");
    }

    private static String bandStyle() {
        StringBuilder css = new StringBuilder();
        for (ConfidenceBand band : ConfidenceBand.values()) {
            css.append("td.band-").append(band.key()).append(" { box-shadow: inset 5px 0 0 ").append(band.color()).append("; }\n");
        }
        return css.append(".kept { background: ").append(MappingChartSvg.KEPT_COLOR).append("; }\n")
                .append("tr.kept-row td.n { box-shadow: inset 5px 0 0 ").append(MappingChartSvg.KEPT_COLOR).append("; }\n")
                .toString();
    }

    private void summaryRow(String name, String escapedValue) throws IOException {
        out.write("<tr><td>" + name + "</td><td>" + escapedValue + "</td></tr>\n");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts == null ? new long[0] : counts) {
            s += c;
        }
        return s;
    }

    /** Opens a collapsible section, open when it has at most {@code openUpTo} rows. */
    private void openSection(String id, String title, long rows, long openUpTo) throws IOException {
        out.write("<details id=\"" + id + "\"" + (rows <= openUpTo ? " open=\"open\"" : "") + ">\n<summary><h2>" + title
                + "</h2></summary>\n");
    }

    private void writeTables(List<MappingReport.TableRow> tables, long review, long tablesToReview) throws IOException {
        openSection("tables-section", "Tables: " + count(tables.size()) + ", " + count(tablesToReview) + " with "
                + count(review) + " parts to review", tables.size(), OPEN_TABLES);
        out.write("<table id=\"tables\" class=\"sortable\">\n<thead><tr><th>Table</th><th>Rows read</th><th>Parts written</th>"
                + "<th>Duplicate keys</th><th>Empty keys</th><th>Unresolved</th><th>To review</th><th>Kept as Altium</th>");
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
            out.write(number(t.counts().rules.getOrDefault(PreserveRule.NAME, 0L)));
            for (ConfidenceBand band : ConfidenceBand.values()) {
                out.write(number(t.counts().bands[band.ordinal()]));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n</details>\n");
    }

    /** The library files KiCad cannot load, then the names written as KiCad lists them. */
    private void writeLibraryNotices(List<LibraryNotice> notices) throws IOException {
        List<LibraryNotice> files = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_LIBRARY
                || n.kind() == LibraryNotice.Kind.UNREADABLE_LIBRARY).toList();
        List<LibraryNotice> missing = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.MISSING_NAME).toList();
        List<LibraryNotice> names = notices.stream().filter(n -> n.kind() == LibraryNotice.Kind.NAME_CHANGED).toList();
        if (!files.isEmpty()) {
            openSection("library-files-section", "Library files KiCad cannot load: " + count(files.size()), files.size(),
                    OPEN_NOTICES);
            out.write("<p>" + files.size() + " Altium library files are missing or "
                    + "unreadable; KiCad will not load the " + files.stream().mapToLong(LibraryNotice::parts).sum()
                    + " part references to them. Missing files get no lib-table row. What to do is said per file.</p>\n");
            out.write("<table id=\"library-files\" class=\"sortable\">\n<thead><tr><th>Problem</th><th>Kind</th><th>Library (as in the database)"
                    + "</th><th>Nickname</th><th>Parts</th><th>Examples</th><th>What to do</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : files) {
                out.write("<tr><td>" + (n.kind() == LibraryNotice.Kind.MISSING_LIBRARY ? "missing" : "unreadable") + "</td><td>"
                        + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.libraryPath()) + "</td><td>"
                        + HtmlText.escape(n.nickname()) + "</td>" + number(n.parts()) + "<td>"
                        + HtmlText.escape(String.join(", ", n.examples())) + "</td><td>" + HtmlText.escape(n.message())
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n</details>\n");
        }
        if (!missing.isEmpty()) {
            openSection("missing-names-section", "Names not in their library file: " + count(missing.size()), missing.size(),
                    OPEN_NOTICES);
            out.write("<p>" + missing.size() + " symbol and footprint names are not in "
                    + "the library file the database names (in any letter case); KiCad cannot load the "
                    + missing.stream().mapToLong(LibraryNotice::parts).sum() + " part references to them. Correct the name in "
                    + "the database, or add the symbol or footprint to the library.</p>\n");
            out.write("<table id=\"missing-names\" class=\"sortable\">\n<thead><tr><th>Kind</th><th>Library (as in the database)</th><th>Name</th>"
                    + "<th>Parts</th><th>Examples</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : missing) {
                out.write("<tr><td>" + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.libraryPath()) + "</td><td>"
                        + HtmlText.escape(n.name()) + "</td>" + number(n.parts()) + "<td>"
                        + HtmlText.escape(String.join(", ", n.examples())) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n</details>\n");
        }
        if (!names.isEmpty()) {
            openSection("name-changes-section", "Names written as KiCad lists them: " + count(names.size()), names.size(),
                    OPEN_NOTICES);
            out.write("<p>" + names.size() + " Altium names are written to the "
                    + "KiCad database as KiCad's Altium importer lists them (symbols under their storage name, at most 31 "
                    + "characters, with '/' as '_'; the file's letter case). KiCad finds these parts; nothing to do.</p>\n");
            out.write("<table id=\"name-changes\" class=\"sortable\">\n<thead><tr><th>Kind</th><th>Library</th><th>Name in the database</th>"
                    + "<th>Written as</th><th>Parts</th><th>Examples</th></tr></thead>\n<tbody>\n");
            for (LibraryNotice n : names) {
                out.write("<tr><td>" + HtmlText.escape(n.reference()) + "</td><td>" + HtmlText.escape(n.nickname()) + "</td><td>"
                        + HtmlText.escape(n.name()) + "</td><td>" + HtmlText.escape(n.writtenAs()) + "</td>" + number(n.parts())
                        + "<td>" + HtmlText.escape(String.join(", ", n.examples())) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n</details>\n");
        }
    }

    /** The {@code =Name} values: written as the named parameter's value, or left as written (unknown name). */
    private void writeValueReferences(List<ValueReference> references) throws IOException {
        if (references.isEmpty()) {
            return;
        }
        long resolved = references.stream().filter(ValueReference::isResolved).mapToLong(ValueReference::parts).sum();
        long literal = references.stream().filter(v -> !v.isResolved()).mapToLong(ValueReference::parts).sum();
        openSection("value-references-section", "Values that show another parameter: " + count(references.size()),
                references.size(), OPEN_NOTICES);
        out.write("<p>Altium shows a value <code>=Name</code> as the value of "
                + "parameter <code>Name</code>. " + resolved + " such values are written as that parameter's value, so that "
                + "KiCad shows what Altium showed" + (literal > 0 ? "; " + literal + " name no column or parameter of the "
                + "table, and are kept as written: check them" : "") + ".</p>\n");
        out.write("<table id=\"value-references\" class=\"sortable\">\n<thead><tr><th>Table</th><th>Column</th><th>Value</th><th>Written from</th>"
                + "<th>Parts</th></tr></thead>\n<tbody>\n");
        for (ValueReference v : references) {
            out.write("<tr><td>" + HtmlText.escape(v.table()) + "</td><td>" + HtmlText.escape(v.column()) + "</td><td>"
                    + HtmlText.escape(v.text()) + "</td><td>" + (v.isResolved() ? HtmlText.escape(v.resolved())
                    : "kept as written (unknown name)") + "</td>" + number(v.parts()) + "</tr>\n");
        }
        out.write("</tbody>\n</table>\n</details>\n");
    }

    private static String number(Long n) {
        return "<td class=\"n\">" + (n == null ? "" : n.toString()) + "</td>";
    }

    private void writeReview(List<MappingReport.TableRow> tables, EnumMap<ReviewReason, Long> reasons, long review,
                             ReportSettings settings) throws IOException {
        out.write("<h2 id=\"review-section\">Parts that need review</h2>\n");
        out.write("<p>Listed: confidence below " + String.format(Locale.ROOT, "%.2f", settings.reviewBelow())
                + ", Altium references kept where a standard mapping was wanted, unresolved symbols or footprints, "
                + "missing or unreadable Altium libraries and names, duplicate and empty keys. All "
                + count(review) + " of them are here and in " + MappingReport.CSV_FILE + " and "
                + MappingReport.JSON_FILE + ". Click a column heading to sort.</p>\n");
        out.write("<div class=\"filters\">\n<label>Table <select id=\"filter-table\"><option value=\"\">all tables</option>");
        for (int i = 0; i < tables.size(); i++) {
            MappingReport.TableRow t = tables.get(i);
            if (t.counts().review > 0) {
                out.write("<option value=\"" + i + "\">" + HtmlText.escape(t.table()) + " (" + t.counts().review + ")</option>");
            }
        }
        out.write("</select></label>\n<label>Kind <select id=\"filter-category\"><option value=\"\">all kinds</option>");
        for (ReviewReason r : ReviewReason.values()) {
            long n = reasons.getOrDefault(r, 0L);
            if (n > 0) {
                out.write("<option value=\"" + r.ordinal() + "\">" + HtmlText.escape(r.label()) + " (" + n + ")</option>");
            }
        }
        out.write("</select></label>\n<label>Reason <select id=\"filter-reason\"><option value=\"\">all reasons</option>"
                + "</select></label>\n<label>Search <input id=\"filter-text\" type=\"search\"/></label>\n");
        out.write("<span><b id=\"shown-count\">0</b> of " + review + " shown</span>\n</div>\n");
        writePager();
        out.write("<table id=\"review\">\n<colgroup><col style=\"width:9%\"/><col style=\"width:4%\"/><col style=\"width:10%\"/>"
                + "<col style=\"width:19%\"/><col style=\"width:7%\"/><col style=\"width:8%\"/><col style=\"width:11%\"/>"
                + "<col style=\"width:14%\"/><col style=\"width:18%\"/></colgroup>\n<thead><tr>");
        String[][] columns = {{"table", "Table"}, {"row", "Row"}, {"key", "Key"}, {"reason", "Reason"}, {"rule", "Rule"},
            {"confidence", "Confidence"}, {"symbol", "Symbol"}, {"footprints", "Footprints"}, {"details", "Details"}};
        for (String[] c : columns) {
            out.write("<th data-column=\"" + c[0] + "\">" + c[1] + "</th>");
        }
        out.write("</tr></thead>\n<tbody></tbody>\n</table>\n");
        writePager();
        out.write("<noscript><p class=\"note\">The list needs JavaScript; every part is also in " + MappingReport.CSV_FILE
                + ".</p></noscript>\n");
    }

    private boolean pagerWritten;

    /** The pager above the list (with the ids the script uses) and a copy below it that scrolls back up. */
    private void writePager() throws IOException {
        if (pagerWritten) {
            out.write("<p><a href=\"#review-section\">back to the filters</a></p>\n");
            return;
        }
        pagerWritten = true;
        out.write("<div class=\"pager\"><button type=\"button\" id=\"page-first\">first</button>"
                + "<button type=\"button\" id=\"page-prev\">previous</button><span id=\"page-info\"></span>"
                + "<button type=\"button\" id=\"page-next\">next</button><button type=\"button\" id=\"page-last\">last</button>"
                + "<label>rows per page <select id=\"page-size\"><option>25</option><option selected=\"selected\">100</option>"
                + "<option>500</option><option>2000</option></select></label></div>\n");
    }

    /**
     * The review rows as one JSON block: {@code tables} (names, by index), {@code kept_rule}, {@code strings} (how
     * strings are numbered) and {@code rows}, each {@code [table, row, key, reasons bit mask, rule, confidence, symbol,
     * footprints, details, reason]}; the strings after the key are written in full or as the number of their first
     * writing. {@code < > &} are escaped, so the block is inert in HTML and well-formed in XML.
     */
    private void writeReviewData(List<MappingReport.TableRow> tables, ReviewRows rows) throws IOException {
        out.write("<script type=\"application/json\" id=\"review-data\">");
        Map<String, Integer> tableIndex = new HashMap<>();
        JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setCharacterEscapes(new HtmlSafeEscapes());
        json.writeStartObject();
        json.writeArrayFieldStart("tables");
        for (int i = 0; i < tables.size(); i++) {
            json.writeString(tables.get(i).table());
            tableIndex.put(tables.get(i).table(), i);
        }
        json.writeEndArray();
        json.writeStringField("kept_rule", PreserveRule.NAME);
        json.writeObjectFieldStart("strings");
        json.writeNumberField("limit", RepeatedStrings.LIMIT);
        json.writeNumberField("min_length", RepeatedStrings.MIN_LENGTH);
        json.writeEndObject();
        json.writeArrayFieldStart("rows");
        RepeatedStrings strings = new RepeatedStrings();
        rows.forEach(r -> {
            json.writeRaw('\n');
            json.writeStartArray();
            json.writeNumber(tableIndex.get(r.table()));
            json.writeNumber(r.row());
            json.writeString(r.key());
            int mask = 0;
            for (ReviewReason reason : r.reasons()) {
                mask |= 1 << reason.ordinal();
            }
            json.writeNumber(mask);
            writeString(json, strings, r.rule());
            if (r.confidence() == null) {
                json.writeNull();
            } else {
                json.writeNumber(Math.round(r.confidence() * 10000) / 10000.0);
            }
            writeString(json, strings, r.symbol());
            writeString(json, strings, r.footprints());
            writeString(json, strings, r.detailsText());
            writeString(json, strings, r.reason());
            json.writeEndArray();
        });
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write("</script>\n");
    }

    private static void writeString(JsonGenerator json, RepeatedStrings strings, String text) throws IOException {
        Integer number = strings.numberOf(text == null ? "" : text);
        if (number != null) {
            json.writeNumber(number);
        } else {
            json.writeString(text == null ? "" : text);
        }
    }

    /** JSON escapes that also escape {@code < > &}, so JSON text can stand in an HTML script block and in XML. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private void writePerformance(PerformanceSummary p) throws IOException {
        if (p == null) {
            return;
        }
        openSection("performance-section", "Performance", p.phases().size(), Long.MAX_VALUE);
        out.write("<p>Phases nest: an indented phase is part of the one above it, so phases do not add up to the total;"
                + " <code>extract</code> runs alongside <code>component_mapping</code>. Busy time is summed over all threads"
                + " (mapping workers, table shards), so it exceeds wall time when they run in parallel (docs/phases.md).</p>\n");
        CacheStatistics c = p.cache();
        if (c != null) {
            out.write(String.format(java.util.Locale.ROOT, "<p id=\"decision-counts\">Mapping decisions: %,d lookups, rules ran"
                    + " %,d times; the standard-library rule made <span id=\"footprint-decisions\">%d</span> footprint decisions"
                    + " for <span id=\"distinct-footprints\">%d</span> distinct Altium footprints (parts sharing a footprint,"
                    + " family and package inherit one decision).</p>%n", c.lookups(), c.ruleEvaluations(),
                    c.footprintDecisions(), c.distinctFootprints()));
        }
        out.write("<table id=\"performance\">\n<thead><tr><th>Phase</th><th>Wall time (ms)</th>"
                + "<th>Busy time, summed over threads (ms)</th><th>Items</th><th>Items/s (wall)</th></tr></thead>\n<tbody>\n");
        for (PhaseTiming t : PhaseNesting.inTreeOrder(p.phases())) {
            out.write("<tr data-depth=\"" + PhaseNesting.depth(t.name()) + "\"><td style=\"padding-left:"
                    + (0.3 + 1.5 * PhaseNesting.depth(t.name())) + "em\">" + HtmlText.escape(t.name())
                    + "</td><td class=\"n\">" + t.wallTime().toMillis()
                    + "</td><td class=\"n\">" + t.busyTime().toMillis() + "</td><td class=\"n\">" + t.items()
                    + "</td><td class=\"n\">" + Math.round(t.itemsPerSecond()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</details>\n");
    }
}
