package io.github.altium2kicad.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import org.junit.jupiter.api.Test;

class RuleErrorBudgetTest {

    private static PartIssue issue(String table, long row) {
        return new PartIssue(table, row, "K" + row, PartIssue.Kind.RULE_ERROR, "mapping rule 'r' failed (E: m); decided by 'preserve' instead");
    }

    @Test
    void countsAcrossTablesAndNamesTheFirstPartOnceOverTheBudget() {
        RuleErrorBudget budget = new RuleErrorBudget(3);
        budget.charge(0, null);
        budget.charge(2, issue("A", 7));
        assertThatCode(() -> budget.charge(1, issue("B", 1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> budget.charge(2, issue("C", 4))).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Mapping rules failed on 5 parts, more than max_part_errors (3) allows")
                .hasMessageContaining("The first: table 'A', row 7, key 'K7': mapping rule 'r' failed (E: m)");
    }

    @Test
    void zeroStopsAtTheFirstFailedPart() {
        assertThatThrownBy(() -> new RuleErrorBudget(0).charge(1, issue("A", 2)))
                .hasMessageStartingWith("Mapping rules failed on 1 part, more than max_part_errors (0) allows");
    }
}
