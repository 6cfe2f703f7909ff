package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.mapping.MappingChain;
import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.core.internal.cache.DecisionSnapshots;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * What every table migration of one run shares.
 *
 * @param config     the settings
 * @param monitor    phase timing and memory
 * @param progress   the progress listeners
 * @param issues     where part issues go (thread-safe)
 * @param chain      the mapping chain
 * @param pool       the mapping workers, or {@code null} to map on the calling thread
 * @param workers    the number of mapping workers (1 without a pool)
 * @param memory     the heap governor
 * @param checks     the check of each part's Altium references (symbol and footprint names in their files)
 * @param report     the mapping report every written part is recorded in
 * @param ruleErrors the run's count of parts a mapping rule failed on, against {@code max_part_errors}
 * @param valuesResolvedInCopy by table (DbLib name), the {@code =Name} values a copy inside SQLite wrote resolved
 *                   (thread-safe; a table not in it is resolved on the written table)
 * @param snapshots  the table decisions cache, when the persistent cache is on
 */
public record PipelineContext(MigrationConfig config, PerformanceMonitor monitor, List<ProgressListener> progress,
                              Consumer<PartIssue> issues, MappingChain chain, ExecutorService pool, int workers,
                              MemoryGovernor memory, ReferenceChecks checks, MappingReport report, RuleErrorBudget ruleErrors,
                              Map<String, List<ValueReference>> valuesResolvedInCopy, Optional<DecisionSnapshots> snapshots) {

    public PipelineContext {
        progress = List.copyOf(progress);
    }
}
