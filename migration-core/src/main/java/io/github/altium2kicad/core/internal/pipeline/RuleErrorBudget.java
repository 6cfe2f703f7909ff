package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;

/**
 * Counts the written parts a mapping rule failed on, over all tables of a run, and stops the run once there are
 * more than {@code max_part_errors}: a rule failing on that many parts is more likely broken than unlucky.
 * Thread-safe (tables may be migrated in parallel).
 */
public final class RuleErrorBudget {

    private final int max;
    private long parts;
    private PartIssue first;

    /** @param max the {@code max_part_errors} setting: parts allowed to fail (at least 0) */
    public RuleErrorBudget(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max_part_errors must not be negative, got " + max);
        }
        this.max = max;
    }

    /**
     * Counts {@code parts} more failed parts.
     *
     * @param firstOfThem the {@link PartIssue.Kind#RULE_ERROR} issue of the first of them in source order
     * @throws MigrationException {@link MigrationException.Kind#BAD_INPUT} if more than {@code max} parts failed, saying
     *                            how many were counted when the run stopped (a streamed table stops at the batch that
     *                            went over, an in-database table is counted whole)
     */
    public synchronized void charge(long parts, PartIssue firstOfThem) {
        if (parts <= 0) {
            return;
        }
        if (first == null) {
            first = firstOfThem;
        }
        this.parts += parts;
        if (this.parts > max) {
            String setting = ConfigKey.MAX_PART_ERRORS.yamlName();
            throw MigrationException.badInput("Mapping rules failed on " + this.parts + (this.parts == 1 ? " part" : " parts")
                    + ", more than " + setting + " (" + max + ") allows, so the output was not written (a previous output "
                    + "is left as it was). The first: table '" + first.table() + "', row " + first.row() + ", key '"
                    + first.key() + "': " + first.action() + ". Fix the rule, or raise " + setting + " (option "
                    + ConfigKey.MAX_PART_ERRORS.optionName() + ") to finish the run with such parts decided by the next "
                    + "rule and listed in the summary.");
        }
    }
}
