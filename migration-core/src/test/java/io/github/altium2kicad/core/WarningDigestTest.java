package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.MigrationWarning.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningDigestTest {

    @Test
    void oneLinePerKindWithItsCountAndThreeExamples() {
        List<MigrationWarning> warnings = new ArrayList<>();
        for (int i = 1; i <= 1463; i++) {
            warnings.add(new MigrationWarning(Kind.ORPHAN_FIELD_MAP, "Parts.DbLib: [FieldMap" + i + "] maps a table"));
        }
        warnings.add(1, new MigrationWarning(Kind.SKIPPED_TABLE, "Table 'Резисторы$' is not migrated"));

        List<String> lines = WarningDigest.lines(warnings);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("1463 field maps of tables the DbLib does not list, e.g.:")
                .contains("[FieldMap1] ").contains("[FieldMap2] ").contains("[FieldMap3] ").doesNotContain("[FieldMap4] ")
                .endsWith("… and 1460 more (all in migration-summary.json)");
        assertThat(lines.get(1)).isEqualTo("1 tables skipped: Table 'Резисторы$' is not migrated");
    }
}
