package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.progress.ProgressListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a migration's progress on standard error as one bar over all parts, with rate and ETA, and the table that
 * moved last. Tables may progress at the same time (the engine copies them on several threads). A step after the
 * tables (converting the Altium libraries into native KiCad libraries) gets a bar of its own over its files.
 */
final class ProgressBarListener implements ProgressListener, AutoCloseable {

    private final boolean enabled;
    private final Map<String, Long> done = new HashMap<>();
    private ProgressBar bar;
    private long total;
    private long sum;
    private int tablesFinished;
    private int tableCount;

    ProgressBarListener(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public synchronized void migrationStarted(List<String> tables, long totalRows) {
        tableCount = tables.size();
        total = totalRows;
        if (enabled) {
            bar = bar("Migrating", totalRows, " parts");
        }
    }

    @Override
    public synchronized void rowsDone(String table, long rows, long tableTotal) {
        Long before = done.put(table, rows);
        sum += rows - (before == null ? 0 : before);
        if (bar != null) {
            bar.stepTo(total > 0 ? Math.min(sum, total) : sum);
            bar.setExtraMessage(" " + abbreviate(table));
        }
    }

    @Override
    public synchronized void tableFinished(String table, long rowsWritten) {
        tablesFinished++;
        if (bar != null) {
            bar.setExtraMessage(String.format(" %d/%d tables", tablesFinished, tableCount));
        }
    }

    /** A step after the tables (converting libraries): the parts bar is finished and a bar over the step's items shown. */
    @Override
    public synchronized void stepStarted(String step, long stepTotal) {
        close();
        if (enabled) {
            bar = bar(step, stepTotal, " files");
        }
        total = stepTotal;
    }

    @Override
    public synchronized void stepProgress(String step, long stepDone, long stepTotal) {
        if (bar != null) {
            bar.stepTo(stepDone);
        }
    }

    @Override
    public synchronized void stepFinished(String step) {
        close();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            if (total > 0) {
                bar.stepTo(total);
            }
            bar.close();
            bar = null;
        }
    }

    private static ProgressBar bar(String task, long max, String unit) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    private static String abbreviate(String table) {
        return table.length() <= 24 ? table : table.substring(0, 23) + "…";
    }
}
