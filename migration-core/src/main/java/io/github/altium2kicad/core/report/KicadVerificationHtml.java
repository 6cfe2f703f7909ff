package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.KicadVerification;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/** The "Checked by KiCad" section of {@code report.html}: what {@code verify_with_kicad} found. */
final class KicadVerificationHtml {

    /** Findings listed in the page; all of them are in {@code migration-summary.json}. */
    static final int MAX_ROWS = 10_000;

    private KicadVerificationHtml() {
    }

    static void write(Writer out, KicadVerification v) throws IOException {
        if (v == null) {
            return;
        }
        out.write("<h2 id=\"kicad\">Checked by KiCad</h2>\n<p>KiCad " + HtmlText.escape(v.kicadVersion())
                + " (kicad-cli sch erc on probe schematics, through this output's own library tables) loaded "
                + String.format(Locale.ROOT, "<b>%,d of %,d parts</b>", v.partsLoaded(), v.partsChecked())
                + " with their symbol, pins and footprint"
                + String.format(Locale.ROOT, "; %,d did not (%.1f s, %,d ERC runs).", v.partsNotLoaded(),
                v.duration().toMillis() / 1000.0, v.ercRuns()) + "</p>\n");
        if (v.findings().isEmpty()) {
            return;
        }
        out.write("<table id=\"kicad-problems\">\n<thead><tr><th>Problem</th><th>Parts</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<KicadVerification.Problem, Long> e : v.countsByProblem().entrySet()) {
            out.write("<tr><td>" + HtmlText.escape(e.getKey().label()) + "</td><td class=\"n\">" + e.getValue() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
        if (v.findings().size() > MAX_ROWS) {
            out.write("<p class=\"note\">Showing the first " + MAX_ROWS + " of " + v.findings().size()
                    + " problems; all of them are in migration-summary.json (kicad_verification).</p>\n");
        }
        out.write("<table id=\"kicad-findings\">\n<thead><tr><th>Table</th><th>Key</th><th>Problem</th><th>What KiCad said</th>"
                + "</tr></thead>\n<tbody>\n");
        int shown = 0;
        for (KicadVerification.Finding f : v.findings()) {
            if (shown++ == MAX_ROWS) {
                break;
            }
            out.write("<tr><td>" + HtmlText.escape(f.table()) + "</td><td>" + HtmlText.escape(f.key()) + "</td><td>"
                    + HtmlText.escape(f.problem().label()) + "</td><td class=\"details\">" + HtmlText.escape(f.detail())
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }
}
