package io.github.altium2kicad.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExpectedKicadMappingTest {

    private static final Path KICAD = Path.of("/usr/share/kicad");
    private static final Pattern TOP_LEVEL_SYMBOL = Pattern.compile("(?m)^  \\(symbol \"([^\"]+)\"");

    private static List<List<String>> csvRecords() {
        return SampleFiles.csv(ExpectedMappingCsvWriter.text(SampleLibraryGenerator.build().tables()));
    }

    @Test
    void csvHasOneLinePerKeyedRowWithTheHeaderFirst() {
        List<List<String>> records = csvRecords();
        assertThat(records.get(0)).containsExactly("table", "Part Number", "kicad_symbol", "kicad_footprint");
        List<List<String>> lines = records.subList(1, records.size());
        assertThat(lines).allSatisfy(r -> assertThat(r).hasSize(4));
        assertThat(lines).allSatisfy(r -> assertThat(r.get(1)).isNotBlank());
        Set<String> keys = new HashSet<>();
        for (List<String> r : lines) {
            assertThat(keys.add(r.get(0) + "\u0000" + r.get(1))).as("unique (table, key) %s", r).isTrue();
        }
        assertThat(lines).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Diodes - TVS, Zener"));
        assertThat(lines).anySatisfy(r -> assertThat(r.get(2)).isEmpty());
        assertThat(lines).anySatisfy(r -> assertThat(r.get(3)).isEmpty());
        assertThat(lines.stream().filter(r -> !r.get(2).isEmpty() && !r.get(3).isEmpty()).count())
                .isGreaterThan(1500);
    }

    @Test
    void expectationsMatchTheRows() {
        for (SampleTable table : SampleLibraryGenerator.build().tables()) {
            for (SamplePart part : table.parts()) {
                KicadExpectation e = part.expected();
                if (e.footprint() != null && e.footprint().startsWith("Resistor_SMD:R_0")) {
                    assertThat(part.cell("Package / Case")).startsWith(e.packageCode());
                }
                if (e.family() == PartFamily.CONNECTOR_HEADER) {
                    assertThat(e.symbol()).endsWith(String.format("%02d", e.pinCount() / (e.symbol().contains("02x") ? 2 : 1))
                            + (e.symbol().contains("02x") ? "_Odd_Even" : ""));
                }
                if (e.symbol() != null && e.symbol().startsWith("Device:") && !e.symbol().startsWith("Device:Q_")
                        && !e.symbol().equals("Device:R_Pack04") && !e.symbol().startsWith("Device:Crystal_GND")) {
                    assertThat(e.pinCount()).as("two-terminal %s", part.partNumber()).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void everyKicadNameExistsInKicad6StandardLibraries() throws IOException {
        assumeTrue(Files.isDirectory(KICAD), "KiCad libraries not installed under /usr/share/kicad");
        Map<String, Set<String>> symbolsByLibrary = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (List<String> r : csvRecords().subList(1, csvRecords().size())) {
            String symbol = r.get(2);
            if (!symbol.isEmpty()) {
                String library = symbol.substring(0, symbol.indexOf(':'));
                Set<String> names = symbolsByLibrary.computeIfAbsent(library, ExpectedKicadMappingTest::symbolNames);
                if (!names.contains(symbol.substring(library.length() + 1))) {
                    missing.add("symbol " + symbol);
                }
            }
            String footprint = r.get(3);
            if (!footprint.isEmpty()) {
                String library = footprint.substring(0, footprint.indexOf(':'));
                Path file = KICAD.resolve("footprints").resolve(library + ".pretty")
                        .resolve(footprint.substring(library.length() + 1) + ".kicad_mod");
                if (!Files.isRegularFile(file)) {
                    missing.add("footprint " + footprint);
                }
            }
        }
        assertThat(missing.stream().distinct().toList()).as("names not in KiCad's libraries").isEmpty();
    }

    private static Set<String> symbolNames(String library) {
        Path file = KICAD.resolve("symbols").resolve(library + ".kicad_sym");
        Set<String> names = new HashSet<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        try {
            Matcher m = TOP_LEVEL_SYMBOL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                names.add(m.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return names;
    }
}
