package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.progress.ProgressListener;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a migration's progress on standard error as a bar per table, with rate and ETA. */
final class ProgressBarListener implements ProgressListener, AutoCloseable {

    private final boolean enabled;
    private ProgressBar bar;
    private int tableNumber;
    private int tableCount;

    ProgressBarListener(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void migrationStarted(List<String> tables) {
        tableCount = tables.size();
    }

    @Override
    public synchronized void tableStarted(String table, long totalRows) {
        tableNumber++;
        if (!enabled) {
            return;
        }
        closeBar();
        bar = new ProgressBarBuilder()
                .setTaskName(String.format("[%d/%d] %s", tableNumber, tableCount, abbreviate(table)))
                .setInitialMax(totalRows)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" parts", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public synchronized void rowsDone(String table, long done, long total) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void tableFinished(String table, long rowsWritten) {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    private static String abbreviate(String table) {
        return table.length() <= 28 ? table : table.substring(0, 27) + "…";
    }
}
