package io.github.altium2kicad.core.report;

import io.github.altium2kicad.core.mapping.PreserveRule;
import java.util.Locale;
import java.util.Map;

/**
 * Draws how parts were mapped as an inline SVG: one horizontal bar per rule, split into its confidence bands,
 * each segment with a tooltip, and a legend. The parts kept as Altium (the preserve rule) are drawn in their own
 * colour, not in the green of confidence 1.0: keeping the Altium symbol and footprint is safe, not a KiCad mapping.
 * No script, no external resources.
 */
final class MappingChartSvg {

    /** The colour of parts kept as Altium, in the chart and the review list. */
    static final String KEPT_COLOR = "#6a3d9a";

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 520;
    private static final int LEGEND_ITEM_WIDTH = 175;
    private static final int COUNT_WIDTH = 90;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;
    private static final int LEGEND_HEIGHT = 30;

    private MappingChartSvg() {
    }

    /** The chart of {@code rulesByBand} (rule → parts per {@link ConfidenceBand}). */
    static String of(Map<String, long[]> rulesByBand) {
        long max = 1;
        for (long[] counts : rulesByBand.values()) {
            max = Math.max(max, sum(counts));
        }
        int width = Math.max(LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH, (ConfidenceBand.values().length + 1) * LEGEND_ITEM_WIDTH);
        int height = LEGEND_HEIGHT + Math.max(1, rulesByBand.size()) * ROW_HEIGHT + 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title id=\"chart-title\">Parts per mapping rule and confidence band</title>\n");
        int x = 0;
        for (ConfidenceBand band : ConfidenceBand.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(band.color())
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"16\">confidence ").append(HtmlText.escape(band.label()))
                    .append("</text>\n");
            x += LEGEND_ITEM_WIDTH;
        }
        svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(KEPT_COLOR)
                .append("\"/><text x=\"").append(x + 16).append("\" y=\"16\">kept as Altium</text>\n");
        int y = LEGEND_HEIGHT;
        if (rulesByBand.isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">no parts</text>\n");
        }
        for (Map.Entry<String, long[]> e : rulesByBand.entrySet()) {
            String rule = HtmlText.escape(e.getKey());
            boolean kept = PreserveRule.NAME.equals(e.getKey());
            long total = sum(e.getValue());
            svg.append("<g class=\"bar\"><text class=\"rule\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                    .append(y + 14).append("\" text-anchor=\"end\">").append(rule).append("</text>\n");
            double offset = LABEL_WIDTH;
            for (ConfidenceBand band : ConfidenceBand.values()) {
                long n = e.getValue()[band.ordinal()];
                if (n == 0) {
                    continue;
                }
                double w = Math.max(1.0, (double) n / max * BAR_WIDTH);
                svg.append("<rect x=\"").append(format(offset)).append("\" y=\"").append(y).append("\" width=\"")
                        .append(format(w)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                        .append(kept ? KEPT_COLOR : band.color()).append("\"><title>").append(rule)
                        .append(kept ? ", kept as Altium" : "").append(", confidence ")
                        .append(HtmlText.escape(band.label())).append(": ").append(n).append(" parts</title></rect>\n");
                offset += w;
            }
            svg.append("<text x=\"").append(format(offset + 6)).append("\" y=\"").append(y + 14).append("\">")
                    .append(total).append("</text></g>\n");
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>\n").toString();
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
