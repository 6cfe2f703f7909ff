package io.github.altium2kicad.examples.sample;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The whole generated sample: its tables in DbLib order and the key defects planted in them on purpose.
 *
 * @param tables        every table, enabled or not, in {@code [TableN]} order
 * @param plantedDefects the duplicate and blank keys, found by scanning the tables
 */
public record SampleLibrary(List<SampleTable> tables, List<KeyDefect> plantedDefects) {

    public SampleLibrary {
        tables = List.copyOf(tables);
        plantedDefects = List.copyOf(plantedDefects);
    }

    /** The tables marked {@code Enabled=True}. */
    public List<SampleTable> enabledTables() {
        return tables.stream().filter(SampleTable::enabled).toList();
    }

    /** The number of rows in the enabled tables. */
    public int enabledPartCount() {
        return enabledTables().stream().mapToInt(t -> t.parts().size()).sum();
    }

    /** The table of that name. */
    public SampleTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no sample table named " + name));
    }
}
