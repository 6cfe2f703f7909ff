package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import java.util.List;

/**
 * The simple reference path ({@code use_optimized_engine: false}): each row is read, decided by the rules on the
 * calling thread and written before the next is read; no batches, no workers, no memo or persistent cache, no copy
 * inside SQLite. Slow and plain, to check the optimized paths against.
 */
public final class ReferenceTableMigrator implements TableMigrator {

    private final StreamingTableMigrator oneRowAtATime;

    /** @param context a context without a worker pool and with a chain that does not memoize */
    public ReferenceTableMigrator(PipelineContext context, SourceReader reader, KicadSqliteWriter writer) {
        this.oneRowAtATime = new StreamingTableMigrator(context, reader, writer, 1);
    }

    @Override
    public List<TableResult> migrate(List<TableJob> jobs) {
        return oneRowAtATime.migrate(jobs);
    }
}
