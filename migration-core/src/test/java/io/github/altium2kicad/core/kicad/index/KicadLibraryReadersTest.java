package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KicadLibraryReadersTest {

    private static final String SYMBOLS = """
            (kicad_symbol_lib (version 20211014) (generator kicad_symbol_editor)
              (symbol "R" (pin_numbers hide) (pin_names (offset 0)) (in_bom yes) (on_board yes)
                (property "Reference" "R" (id 0) (at 2.032 0 90) (effects (font (size 1.27 1.27))))
                (property "Value" "R" (id 1) (at 0 0 90) (effects (font (size 1.27 1.27))))
                (symbol "R_0_1" (rectangle (start -1.016 -2.54) (end 1.016 2.54) (stroke (width 0.254)) (fill (type none))))
                (symbol "R_1_1"
                  (pin passive line (at 0 3.81 270) (length 1.27) (name "~" (effects (font (size 1.27 1.27)))) (number "1" (effects (font (size 1.27 1.27)))))
                  (pin passive line (at 0 -3.81 90) (length 1.27) (name "~" (effects (font (size 1.27 1.27)))) (number "2" (effects (font (size 1.27 1.27)))))
                )
              )
              (symbol "R_Derived" (extends "R")
                (property "Reference" "RD" (id 0) (at 0 0 0))
                (property "ki_description" "a \\"derived\\" (resistor)" (id 5) (at 0 0 0))
              )
              (symbol "R_Grandchild" (extends "R_Derived")
                (property "Value" "R_Grandchild" (id 1) (at 0 0 0))
              )
              (symbol "Opamp_Dual" (in_bom yes) (on_board yes)
                (property "Reference" "U" (id 0) (at 0 5.08 0))
                (symbol "Opamp_Dual_1_1"
                  (pin output line (at 7.62 0 180) (length 2.54) (name "~" (effects (font (size 1.27 1.27)))) (number "1" (effects (font (size 1.27 1.27)))))
                  (pin input line (at -7.62 -2.54 0) (length 2.54) (name "-" (effects (font (size 1.27 1.27)))) (number "2" (effects (font (size 1.27 1.27)))))
                  (pin input line (at -7.62 2.54 0) (length 2.54) (name "+" (effects (font (size 1.27 1.27)))) (number "3" (effects (font (size 1.27 1.27)))))
                )
                (symbol "Opamp_Dual_2_1"
                  (pin input line (at -7.62 2.54 0) (length 2.54) (name "+" (effects (font (size 1.27 1.27)))) (number "5" (effects (font (size 1.27 1.27)))))
                  (pin input line (at -7.62 -2.54 0) (length 2.54) (name "-" (effects (font (size 1.27 1.27)))) (number "6" (effects (font (size 1.27 1.27)))))
                  (pin output line (at 7.62 0 180) (length 2.54) (name "~" (effects (font (size 1.27 1.27)))) (number "7" (effects (font (size 1.27 1.27)))))
                )
                (symbol "Opamp_Dual_3_1"
                  (pin power_in line (at -2.54 -7.62 90) (length 3.81) (name "V-" (effects (font (size 1.27 1.27)))) (number "4" (effects (font (size 1.27 1.27)))))
                  (pin power_in line (at -2.54 7.62 270) (length 3.81) (name "V+" (effects (font (size 1.27 1.27)))) (number "8" (effects (font (size 1.27 1.27)))))
                )
                (symbol "Opamp_Dual_3_2"
                  (pin power_in line (at -2.54 -7.62 90) (length 3.81) (name "V-" (effects (font (size 1.27 1.27)))) (number "4" (effects (font (size 1.27 1.27)))))
                )
              )
              (symbol "Child_Before_Parent" (extends "Late_Parent") (property "Value" "x" (id 1) (at 0 0 0)))
              (symbol "Late_Parent" (property "Reference" "Q" (id 0) (at 0 0 0))
                (symbol "Late_Parent_1_1" (pin passive line (at 0 0 0) (length 1) (name "B") (number "1")) (pin passive line (at 0 0 0) (length 1) (name "C") (number "2")) (pin passive line (at 0 0 0) (length 1) (name "E") (number "3"))))
            )
            """;

    @Test
    void readsPinsAndReferenceOfSymbolsIncludingDerivedOnes() throws IOException {
        Map<String, KicadSymbol> symbols = KicadSymbolLibraryReader.read("Test", new StringReader(SYMBOLS)).stream()
                .collect(Collectors.toMap(s -> s.id().name(), Function.identity()));

        assertThat(symbols.get("R")).isEqualTo(new KicadSymbol(new KicadLibId("Test", "R"), 2, "R"));
        assertThat(symbols.get("R_Derived").pinCount()).isEqualTo(2);
        assertThat(symbols.get("R_Derived").referencePrefix()).isEqualTo("RD");
        assertThat(symbols.get("R_Grandchild").pinCount()).isEqualTo(2);
        assertThat(symbols.get("R_Grandchild").referencePrefix()).isEqualTo("RD");
        assertThat(symbols.get("Opamp_Dual").pinCount()).as("distinct pins across units and body styles").isEqualTo(8);
        assertThat(symbols.get("Opamp_Dual").referencePrefix()).isEqualTo("U");
        assertThat(symbols.get("Child_Before_Parent").pinCount()).isEqualTo(3);
        assertThat(symbols.get("Child_Before_Parent").referencePrefix()).isEqualTo("Q");
    }

    @Test
    void rejectsFilesThatAreNotSymbolLibraries() {
        assertThatThrownBy(() -> KicadSymbolLibraryReader.read("X", new StringReader("(footprint \"x\")")))
                .hasMessageContaining("kicad_symbol_lib");
    }

    @Test
    void countsNumberedPadsOnceAndLeavesOutUnnumberedPads() throws IOException {
        String footprint = """
                (footprint "TO-252-2" (version 20211014) (generator pcbnew) (layer "F.Cu")
                  (descr "TO-252 / DPAK (pad \\"2\\" is the tab)")
                  (attr smd)
                  (fp_text reference "REF**" (at 0 -4.5) (layer "F.SilkS") (effects (font (size 1 1) (thickness 0.15))))
                  (pad "" smd rect (at 0.425 -1.525) (size 3.05 2.75) (layers "F.Paste"))
                  (pad "" smd rect (at 0.425 1.525) (size 3.05 2.75) (layers "F.Paste"))
                  (pad "1" smd rect (at -4.2 -2.28) (size 2.2 1.2) (layers "F.Cu" "F.Paste" "F.Mask"))
                  (pad "2" smd rect (at 2.1 0) (size 6.4 5.8) (layers "F.Cu" "F.Mask"))
                  (pad "2" smd rect (at 2.1 0) (size 1 1) (layers "F.Cu"))
                  (pad "3" smd rect (at -4.2 2.28) (size 2.2 1.2) (layers "F.Cu" "F.Paste" "F.Mask"))
                  (model "${KICAD6_3DMODEL_DIR}/Package_TO_SOT_SMD.3dshapes/TO-252-2.wrl" (offset (xyz 0 0 0)))
                )
                """;
        KicadFootprint fp = KicadFootprintReader.read(new KicadLibId("Package_TO_SOT_SMD", "TO-252-2"),
                new StringReader(footprint));
        assertThat(fp.padCount()).isEqualTo(3);
        assertThat(fp.totalPads()).isEqualTo(6);
        assertThat(fp.mount()).isEqualTo(FootprintMount.SMD);
    }

    @Test
    void readsTheLandPatternOfATwoPadFootprintWhateverItsRotation() throws IOException {
        String footprint = """
                (footprint "R_0603_1608Metric" (version 20211014) (generator pcbnew) (layer "F.Cu")
                  (attr smd)
                  (pad "" smd roundrect (at -0.825 0) (size 0.6 0.7) (layers "F.Paste"))
                  (pad "1" smd roundrect (at -0.825 0) (size 0.8 0.95) (layers "F.Cu" "F.Paste" "F.Mask") (roundrect_rratio 0.25))
                  (pad "2" smd roundrect (at 0.825 0) (size 0.8 0.95) (layers "F.Cu" "F.Paste" "F.Mask") (roundrect_rratio 0.25))
                )
                """;
        KicadFootprint fp = KicadFootprintReader.read(new KicadLibId("Resistor_SMD", "R_0603_1608Metric"),
                new StringReader(footprint));
        assertThat(fp.layout()).isEqualTo(new io.github.altium2kicad.api.mapping.TwoPadLayout(1.65, 0.8, 0.95));
        String turned = footprint.replace("(at -0.825 0)", "(at 0 -0.825 90)").replace("(at 0.825 0)", "(at 0 0.825 90)");
        assertThat(KicadFootprintReader.read(new KicadLibId("R", "turned"), new StringReader(turned)).layout())
                .as("pads turned by 90° along a vertical axis").isEqualTo(fp.layout());
        String three = footprint.replace("(pad \"2\"", "(pad \"3\" smd rect (at 0 2) (size 1 1) (layers \"F.Cu\"))\n  (pad \"2\"");
        assertThat(KicadFootprintReader.read(new KicadLibId("R", "three"), new StringReader(three)).layout()).isNull();
    }

    @Test
    void readsKicad5ModulesWithUnquotedPadNumbersAndInfersThroughHole() throws IOException {
        String module = """
                (module MountingHole_Pad (layer F.Cu) (tedit 56D1B4CB)
                  (fp_text reference REF** (at 0 -4) (layer F.SilkS))
                  (pad 1 thru_hole circle (at 0 0) (size 6 6) (drill 3.2) (layers *.Cu *.Mask))
                  (pad "" np_thru_hole circle (at 5 0) (size 3 3) (drill 3) (layers *.Cu *.Mask))
                  (pad 2 thru_hole oval (at 2.54 0) (size 1.7 1.7) (drill 1) (layers *.Cu *.Mask))
                )
                """;
        KicadFootprint fp = KicadFootprintReader.read(new KicadLibId("L", "MountingHole_Pad"), new StringReader(module));
        assertThat(fp.padCount()).isEqualTo(2);
        assertThat(fp.totalPads()).isEqualTo(3);
        assertThat(fp.mount()).isEqualTo(FootprintMount.THROUGH_HOLE);
    }

    @Test
    void readsLibraryTableRows() throws IOException {
        String table = """
                (sym_lib_table
                  (version 7)
                  (lib (name "Device")(type "KiCad")(uri "${KICAD7_SYMBOL_DIR}/Device.kicad_sym")(options "")(descr "Resistors, capacitors, diodes"))
                  (lib (name "Old")(type "Legacy")(uri "/x/old.lib")(options "")(descr ""))
                  (lib (name "Off")(type "KiCad")(uri "/x/off.kicad_sym")(options "")(descr "")(disabled))
                )
                """;
        List<LibTableEntry> rows = LibTableReader.read(new StringReader(table));
        assertThat(rows).containsExactly(
                new LibTableEntry("Device", "KiCad", "${KICAD7_SYMBOL_DIR}/Device.kicad_sym", false),
                new LibTableEntry("Old", "Legacy", "/x/old.lib", false),
                new LibTableEntry("Off", "KiCad", "/x/off.kicad_sym", true));
    }
}
