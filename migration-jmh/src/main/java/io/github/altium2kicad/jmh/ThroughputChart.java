package io.github.altium2kicad.jmh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone SVG line chart of engine throughput (parts/s, linear y axis from 0) against batch size (log x axis):
 * one line per worker count and cache mode (and mapping mode and library size when the results hold several),
 * error bars of JMH's 99.9% confidence interval, the best point ringed, axes with ticks at the measured batch sizes,
 * and a legend. Colour tells the worker count, a dashed line the warm cache.
 */
public final class ThroughputChart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final double LEFT = 90;
    private static final double RIGHT = WIDTH - 250;
    private static final double TOP = 60;
    private static final double BOTTOM = HEIGHT - 70;

    private final List<EngineMeasurement> measurements;
    private final EngineMeasurement best;
    private final double xMin;
    private final double xMax;
    private final double yStep;
    private final double yMax;

    /**
     * @param measurements the results to draw, at least one
     * @param best         the result to ring as best, one of {@code measurements}
     */
    public ThroughputChart(List<EngineMeasurement> measurements, EngineMeasurement best) {
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw");
        }
        this.measurements = List.copyOf(measurements);
        this.best = best;
        double lo = measurements.stream().mapToDouble(m -> Math.log10(m.batchSize())).min().orElseThrow();
        double hi = measurements.stream().mapToDouble(m -> Math.log10(m.batchSize())).max().orElseThrow();
        double pad = hi > lo ? (hi - lo) * 0.06 : 0.5;
        this.xMin = lo - pad;
        this.xMax = hi + pad;
        // scale to the scores; error bars may reach 30% above the best score, longer ones are cut at the top
        double maxScore = measurements.stream().mapToDouble(EngineMeasurement::partsPerSecond).max().orElseThrow();
        double top = measurements.stream()
                .mapToDouble(m -> Math.min(maxScore * 1.3, m.partsPerSecond() + (Double.isNaN(m.error()) ? 0 : m.error())))
                .max().orElseThrow();
        this.yStep = niceStep(top / 5);
        this.yMax = yStep * Math.max(1, Math.ceil(top / yStep));
    }

    /** The chart as an SVG document. */
    public String svg() {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        s.append("<title>altium2kicad engine throughput against batch_size</title>\n");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"white\"/>\n");
        text(s, (LEFT + RIGHT) / 2, 30, "middle", "font-size=\"16\" font-weight=\"bold\"",
                "Engine throughput against batch_size (higher is better)");
        axes(s);
        Map<String, List<EngineMeasurement>> series = series();
        List<String> colourKeys = series.values().stream().map(l -> colourKey(l.get(0))).distinct().toList();
        double legendY = TOP + 10;
        double bestDx = 0;
        int index = 0;
        for (Map.Entry<String, List<EngineMeasurement>> e : series.entrySet()) {
            List<EngineMeasurement> points = e.getValue();
            String colour = COLOURS[colourKeys.indexOf(colourKey(points.get(0))) % COLOURS.length];
            String dash = points.get(0).cache().equals("warm") ? " stroke-dasharray=\"7,4\"" : "";
            double dx = (index++ - (series.size() - 1) / 2.0) * 3; // keeps error bars at one batch size apart
            line(s, points, colour, dash, dx);
            if (points.contains(best)) {
                bestDx = dx;
            }
            s.append("<line x1=\"").append(f(RIGHT + 25)).append("\" y1=\"").append(f(legendY)).append("\" x2=\"")
                    .append(f(RIGHT + 60)).append("\" y2=\"").append(f(legendY)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"").append(dash).append("/>\n");
            text(s, RIGHT + 68, legendY + 4, "start", "", e.getKey());
            legendY += 20;
        }
        double bx = x(best.batchSize()) + bestDx;
        double by = y(best.partsPerSecond());
        s.append("<circle cx=\"").append(f(bx)).append("\" cy=\"").append(f(by))
                .append("\" r=\"9\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>\n");
        text(s, bx, by - 14, "middle", "font-weight=\"bold\"", "best");
        s.append("<circle cx=\"").append(f(RIGHT + 42)).append("\" cy=\"").append(f(legendY))
                .append("\" r=\"7\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>\n");
        text(s, RIGHT + 68, legendY + 4, "start", "", "best: " + number(best.partsPerSecond()) + " parts/s");
        boolean cut = measurements.stream().anyMatch(m -> !Double.isNaN(m.error()) && m.partsPerSecond() + m.error() > yMax);
        List<String> notes = new ArrayList<>(List.of("bars: 99.9% confidence interval"));
        if (cut) {
            notes.add("(long bars cut at the top)");
        }
        notes.add("dashed: warm cache");
        for (String note : notes) {
            legendY += 18;
            text(s, RIGHT + 25, legendY + 8, "start", "fill=\"#555\"", note);
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** Series label → its points sorted by batch size. */
    private Map<String, List<EngineMeasurement>> series() {
        boolean modes = measurements.stream().map(EngineMeasurement::mappingMode).distinct().count() > 1;
        boolean sizes = measurements.stream().map(EngineMeasurement::parts).distinct().count() > 1;
        Map<String, List<EngineMeasurement>> out = new LinkedHashMap<>();
        measurements.stream()
                .sorted(Comparator.comparing(EngineMeasurement::mappingMode).thenComparingLong(EngineMeasurement::parts)
                        .thenComparingInt(EngineMeasurement::workers).thenComparing(EngineMeasurement::cache))
                .forEach(m -> {
                    String label = m.workers() + (m.workers() == 1 ? " worker, " : " workers, ") + m.cache()
                            + (modes ? ", " + m.mappingMode() : "") + (sizes ? ", " + number(m.parts()) + " parts" : "");
                    out.computeIfAbsent(label, k -> new ArrayList<>()).add(m);
                });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(EngineMeasurement::batchSize)));
        return out;
    }

    private static String colourKey(EngineMeasurement m) {
        return m.mappingMode() + "|" + m.parts() + "|" + m.workers();
    }

    private void axes(StringBuilder s) {
        for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
            double yy = y(v);
            s.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(yy)).append("\" x2=\"").append(f(RIGHT))
                    .append("\" y2=\"").append(f(yy)).append("\" stroke=\"#e3e3e3\"/>\n");
            s.append("<line x1=\"").append(f(LEFT - 5)).append("\" y1=\"").append(f(yy)).append("\" x2=\"").append(f(LEFT))
                    .append("\" y2=\"").append(f(yy)).append("\" stroke=\"black\"/>\n");
            text(s, LEFT - 8, yy + 4, "end", "", number(v));
        }
        measurements.stream().map(EngineMeasurement::batchSize).distinct().sorted().forEach(b -> {
            double xx = x(b);
            s.append("<line x1=\"").append(f(xx)).append("\" y1=\"").append(f(TOP)).append("\" x2=\"").append(f(xx))
                    .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"#e3e3e3\"/>\n");
            s.append("<line x1=\"").append(f(xx)).append("\" y1=\"").append(f(BOTTOM)).append("\" x2=\"").append(f(xx))
                    .append("\" y2=\"").append(f(BOTTOM + 5)).append("\" stroke=\"black\"/>\n");
            text(s, xx, BOTTOM + 20, "middle", "", number(b));
        });
        s.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(BOTTOM)).append("\" x2=\"").append(f(RIGHT))
                .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"black\"/>\n");
        s.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(TOP)).append("\" x2=\"").append(f(LEFT))
                .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"black\"/>\n");
        text(s, (LEFT + RIGHT) / 2, BOTTOM + 48, "middle", "", "batch_size (rows per batch, log scale)");
        s.append("<text x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(22 ").append(f((TOP + BOTTOM) / 2))
                .append(") rotate(-90)\">parts migrated per second</text>\n");
    }

    private void line(StringBuilder s, List<EngineMeasurement> points, String colour, String dash, double dx) {
        StringBuilder coordinates = new StringBuilder();
        for (EngineMeasurement m : points) {
            coordinates.append(coordinates.length() == 0 ? "" : " ").append(f(x(m.batchSize()) + dx)).append(',')
                    .append(f(y(m.partsPerSecond())));
        }
        s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"").append(dash)
                .append(" points=\"").append(coordinates).append("\"/>\n");
        for (EngineMeasurement m : points) {
            double xx = x(m.batchSize()) + dx;
            if (!Double.isNaN(m.error()) && m.error() > 0) {
                double low = m.partsPerSecond() - m.error();
                double high = m.partsPerSecond() + m.error();
                double lo = y(Math.max(0, low));
                double hi = y(Math.min(yMax, high));
                s.append("<path d=\"M").append(f(xx)).append(',').append(f(lo)).append(" V").append(f(hi));
                if (low >= 0) { // a cap only where the interval really ends
                    s.append(" M").append(f(xx - 4)).append(',').append(f(lo)).append(" H").append(f(xx + 4));
                }
                if (high <= yMax) {
                    s.append(" M").append(f(xx - 4)).append(',').append(f(hi)).append(" H").append(f(xx + 4));
                }
                s.append("\" stroke=\"").append(colour).append("\" stroke-width=\"1\" fill=\"none\"/>\n");
            }
            s.append("<circle cx=\"").append(f(xx)).append("\" cy=\"").append(f(y(m.partsPerSecond())))
                    .append("\" r=\"3.5\" fill=\"").append(colour).append("\"><title>")
                    .append(escape("batch_size " + m.batchSize() + ", " + m.workers() + " workers, " + m.cache() + ": "
                            + number(m.partsPerSecond()) + " parts/s"))
                    .append("</title></circle>\n");
        }
    }

    private double x(double batchSize) {
        return LEFT + (Math.log10(batchSize) - xMin) / (xMax - xMin) * (RIGHT - LEFT);
    }

    private double y(double partsPerSecond) {
        return BOTTOM - partsPerSecond / yMax * (BOTTOM - TOP);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static void text(StringBuilder s, double x, double y, String anchor, String attributes, String text) {
        s.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append('"').append(attributes.isEmpty() ? "" : " " + attributes).append('>').append(escape(text)).append("</text>\n");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return Objects.requireNonNull(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
