#!/usr/bin/env python3
"""Generates migration-core/src/test/resources/mapping/labeled-parts.csv.

The labels come from this script's own model of each part (its true package and kind), not from the Java
rule: a row is expected to map only when the texts a company would write state the package and the kind of
part without doubt; otherwise the expected columns are blank ("must not map at confidence >= 0.9").
Run: python3 migration-core/src/test/tools/generate_labeled_parts.py  (deterministic, seed fixed).
"""
import csv
import os
import random

rnd = random.Random(20240611)
rows = []

def row(family, table, libref, fp, pkg, desc, sym, fpexp, designator="", suggested="", note=""):
    rows.append([table, libref, fp, pkg, desc, sym, fpexp, designator, suggested, family, note])

# ---------------------------------------------------------------------------------------------- chips
CHIPS = {  # imperial: (metric, ipc height R, ipc height C, ipc height L)
    "01005": ("0402", "15", "22", "22"), "0201": ("0603", "26", "33", "33"), "0402": ("1005", "40", "55", "60"),
    "0603": ("1608", "55", "90", "95"), "0805": ("2012", "70", "135", "120"), "1206": ("3216", "70", "180", "120"),
    "1210": ("3225", "70", "270", "220"), "2010": ("5025", "70", "", ""), "2512": ("6332", "70", "", ""),
    "1812": ("4532", "", "250", "250"), "1008": ("2520", "", "", "200"), "2220": ("5650", "", "250", ""),
}

def chip_names(prefix_alt, ipc_prefix, imp, kicad_prefix, ipc_h):
    met = CHIPS[imp][0]
    names = [
        ("altium", prefix_alt + imp, False),
        ("house", {"R": "RES", "C": "CAP", "L": "IND", "LED": "LED"}[prefix_alt] + " " + imp + "_" + met, False),
        ("house2", {"R": "RES", "C": "CAP", "L": "IND", "LED": "LED"}[prefix_alt] + "_" + imp, False),
        ("kicad", kicad_prefix + "_" + imp + "_" + met + "Metric", False),
        ("bare", imp, True),
    ]
    if ipc_h:
        names.append(("ipc", ipc_prefix + met + "X" + ipc_h + "N", False))
    return names

def digikey_chip(imp):
    return imp + " (" + CHIPS[imp][0] + " Metric)"

RES_DESCS = ["RES {v} OHM 1% 1/10W {imp}", "RES SMD {v} OHM 5% 1/16W {imp}", "Thick Film Resistor {v} 1% {imp}",
             "RES {v} OHM 0.1% 1/8W {imp}", "Resistor, {v}, 1%, {imp}", ""]
RES_VALUES = ["10K", "4.7K", "100", "1K", "49.9", "0", "2.2K", "330", "1M", "120"]
RES_LIBREFS = ["RES", "Res1", "Res2", "R", "RESISTOR", "R_US", "Resistor"]
RES_TABLES = ["Resistors", "Resistors - Chip", "Passives", "Yageo", "RES_SMD"]

def resistors():
    for imp in ["01005", "0201", "0402", "0603", "0805", "1206", "1210", "2010", "2512"]:
        met = CHIPS[imp][0]
        exp = "Resistor_SMD:R_" + imp + "_" + met + "Metric"
        for style, name, bare in chip_names("R", "RESC", imp, "R", CHIPS[imp][1]):
            for k in range(2):
                libref = rnd.choice(RES_LIBREFS)
                desc = rnd.choice(RES_DESCS).format(v=rnd.choice(RES_VALUES), imp=imp)
                pkg = digikey_chip(imp) if rnd.random() < 0.5 else ""
                if style == "bare" and imp in ("0402", "0603") and not pkg and "METRIC" not in name.upper():
                    pass  # bare imperial code: Altium convention, still imperial
                table = rnd.choice(RES_TABLES)
                row("resistor", table, libref, name, pkg, desc, "Device:R", exp, rnd.choice(["R?", "R", ""]))
        # package text only, no Altium footprint
        row("resistor", "Resistors", "RES", "", digikey_chip(imp), "RES 10K OHM 1% " + imp, "Device:R", exp, "R?",
            note="no footprint, package text only")
    # 0612 wide terminal and 1218
    row("resistor", "Resistors", "RES", "R0612", "0612 (1632 Metric)", "RES 0.01 OHM 1% 1W 0612 WIDE", "Device:R",
        "Resistor_SMD:R_0612_1632Metric", "R?")
    row("resistor", "Resistors", "RES", "RESC1632X65N", "", "Current sense resistor 10mR 0612", "Device:R",
        "Resistor_SMD:R_0612_1632Metric", "R?")
    row("resistor", "Resistors", "RES", "R_1218_3246Metric", "", "RES 0.1 OHM 1% 1W 1218", "Device:R",
        "Resistor_SMD:R_1218_3246Metric", "R?")
    # hand-solder variants
    for imp, pad in [("0603", "Pad0.98x0.95mm"), ("0805", "Pad1.20x1.40mm"), ("1206", "Pad1.30x1.75mm")]:
        met = CHIPS[imp][0]
        row("resistor", "Resistors", "RES", "R" + imp + "_HandSolder", "", "RES 1K OHM 1% " + imp, "Device:R",
            "Resistor_SMD:R_" + imp + "_" + met + "Metric_" + pad + "_HandSolder", "R?", note="hand-solder variant")
    # metric 0402 = 01005 and metric 0603 = 0201, written explicitly
    row("resistor", "Resistors", "RES", "R_0402_Metric", "", "RES 100 OHM 1% 01005", "Device:R",
        "Resistor_SMD:R_01005_0402Metric", "R?", note="0402 metric is 01005")
    row("resistor", "Resistors", "RES", "RES 0603 METRIC", "0201 (0603 Metric)", "RES 100 OHM 1% 0201", "Device:R",
        "Resistor_SMD:R_0201_0603Metric", "R?", note="0603 metric is 0201")
    # part-number symbol, family only from the description
    for mpn, imp in [("RC0603FR-0710KL", "0603"), ("ERJ-2RKF1001X", "0402"), ("CRCW080510K0FKEA", "0805"),
                     ("RMCF1206JT100R", "1206")]:
        row("resistor", "Yageo", mpn, "R" + imp, digikey_chip(imp), "RES 10K OHM 1% 1/10W " + imp, "Device:R",
            "Resistor_SMD:R_" + imp + "_" + CHIPS[imp][0] + "Metric", "R?")
        # no description, no family word anywhere: designator + footprint prefix only -> not certain
        row("resistor", "Yageo", mpn, "R" + imp, "", "", "", "", "R?", note="family only from designator and footprint prefix")

# ---------------------------------------------------------------------------------------------- capacitors
CAP_DESCS = ["CAP CER {v} {volt} X7R {imp}", "CAP CER {v} {volt} X5R {imp}", "CAP CER {v} {volt} C0G/NP0 {imp}",
             "Ceramic capacitor {v} {volt} X7R", "MLCC {v} {volt} {imp}", ""]
CAP_VALUES = ["0.1UF", "1UF", "10UF", "100PF", "22PF", "4.7UF", "10NF", "1NF"]
CAP_LIBREFS = ["CAP", "Cap", "C", "Cap Semi", "CAP_NP", "C_Small", "Capacitor", "CAP_CER"]
CAP_TABLES = ["Capacitors", "Capacitors - Ceramic", "Passives", "Murata", "CAP_MLCC"]

def capacitors():
    for imp in ["01005", "0201", "0402", "0603", "0805", "1206", "1210", "1812", "2220"]:
        met = CHIPS[imp][0]
        exp = "Capacitor_SMD:C_" + imp + "_" + met + "Metric"
        for style, name, bare in chip_names("C", "CAPC", imp, "C", CHIPS[imp][2]):
            for k in range(2):
                libref = rnd.choice(CAP_LIBREFS)
                desc = rnd.choice(CAP_DESCS).format(v=rnd.choice(CAP_VALUES), volt=rnd.choice(["50V", "25V", "16V", "6.3V"]), imp=imp)
                pkg = digikey_chip(imp) if rnd.random() < 0.5 else ""
                row("capacitor", rnd.choice(CAP_TABLES), libref, name, pkg, desc, "Device:C", exp, rnd.choice(["C?", "C", ""]))
        row("capacitor", "Capacitors", "CAP", "", digikey_chip(imp), "CAP CER 1UF 16V X7R " + imp, "Device:C", exp, "C?",
            note="no footprint, package text only")
    for mpn, imp in [("GRM188R71H104KA93D", "0603"), ("CL21A106KOQNNNE", "0805"), ("C1005X5R1A105K", "0402")]:
        row("capacitor", "Murata", mpn, "C" + imp, digikey_chip(imp), "CAP CER 0.1UF 50V X7R " + imp, "Device:C",
            "Capacitor_SMD:C_" + imp + "_" + CHIPS[imp][0] + "Metric", "C?")
        row("capacitor", "Murata", mpn, "C" + imp, "", "", "", "", "C?", note="part number symbol, no description")
    row("capacitor", "Capacitors", "CAP", "CC1608-0603", "", "CAP CER 10NF 50V X7R 0603", "Device:C",
        "Capacitor_SMD:C_0603_1608Metric", "C?", note="Altium CC metric-imperial style")
    row("capacitor", "Capacitors", "CAP", "CC2012-0805", "0805 (2012 Metric)", "CAP CER 1UF 25V X7R 0805", "Device:C",
        "Capacitor_SMD:C_0805_2012Metric", "C?")
    row("capacitor", "Capacitors", "CAP", "C0603_HS", "", "CAP CER 100NF 50V X7R 0603", "Device:C",
        "Capacitor_SMD:C_0603_1608Metric_Pad1.08x0.95mm_HandSolder", "C?", note="hand-solder variant")

# ---------------------------------------------------------------------------------------------- tantalum
TANT = {  # letter: (metric, height, kicad, imperial)
    "A": ("3216", "18", "CP_EIA-3216-18_Kemet-A", "1206"), "B": ("3528", "21", "CP_EIA-3528-21_Kemet-B", "1411"),
    "C": ("6032", "28", "CP_EIA-6032-28_Kemet-C", "2312"), "D": ("7343", "31", "CP_EIA-7343-31_Kemet-D", "2917"),
}

def tantalum():
    librefs = ["CAP_POL", "Cap Pol1", "Cap Pol2", "CP", "C_Polarized", "CAP TANT", "TANT"]
    descs = ["CAP TANT {v} 10% 16V {imp}", "CAP TANT POLY {v} 6.3V {imp}", "Tantalum capacitor {v} 16V case {L}",
             "CAP TANT {v} 20% 10V"]
    for L, (met, h, kicad, imp) in TANT.items():
        names = ["CAPMP" + met + "X" + h + "0N", "CASE-" + L, "TANT_" + L, "CAP TANT CASE " + L, "EIA-" + met + "-" + h,
                 met + "-" + h, "TANT-" + L + "-" + met, "CP_EIA-" + met + "-" + h + "_Kemet-" + L, "TANT_" + met + "_" + h]
        for name in names:
            for k in range(2):
                desc = rnd.choice(descs).format(v=rnd.choice(["10UF", "22UF", "47UF", "100UF"]), imp=imp, L=L)
                pkg = imp + " (" + met + " Metric)" if rnd.random() < 0.5 else ""
                row("tantalum", rnd.choice(["Capacitors - Tantalum", "Tantalum", "Kemet", "Passives"]),
                    rnd.choice(librefs), name, pkg, desc, "Device:C_Polarized", "Capacitor_Tantalum_SMD:" + kicad,
                    rnd.choice(["C?", "C"]))
        # near-miss: size only, no height and no case letter -> several KiCad heights fit
        row("tantalum", "Tantalum", "CAP_POL", "TANT_" + met, imp + " (" + met + " Metric)", "CAP TANT 10UF 16V " + imp,
            "", "", "C?", note="height unknown: several EIA heights")
    # low-profile cases written with their height
    row("tantalum", "Tantalum", "CAP_POL", "EIA-3216-12", "", "CAP TANT 4.7UF 10V LOW PROFILE", "Device:C_Polarized",
        "Capacitor_Tantalum_SMD:CP_EIA-3216-12_Kemet-S", "C?")
    row("tantalum", "Tantalum", "CAP_POL", "CP_EIA-3528-12_Kemet-T", "", "CAP TANT 10UF 6.3V", "Device:C_Polarized",
        "Capacitor_Tantalum_SMD:CP_EIA-3528-12_Kemet-T", "C?")
    row("tantalum", "Tantalum", "CAP_POL", "CAPMP7343X430N", "", "CAP TANT 220UF 10V", "Device:C_Polarized",
        "Capacitor_Tantalum_SMD:CP_EIA-7343-43_Kemet-X", "C?")
    # near-misses
    row("tantalum", "Tantalum", "CAP_POL", "CASE-A", "1411 (3528 Metric)", "CAP TANT 10UF 16V", "", "", "C?",
        note="case A footprint, case B package")
    row("tantalum", "Tantalum", "CAP_POL", "CASE-B", "", "CAP TANT 10UF 16V 1206", "", "", "C?",
        note="case B footprint, description says 1206 = case A")
    row("tantalum", "Tantalum", "CAP_POL", "CASE-E", "", "CAP TANT 330UF 10V", "", "", "C?",
        note="case E differs between makers")
    row("tantalum", "Tantalum", "CAP TANT", "C0805", "0805 (2012 Metric)", "CAP TANT 4.7UF 10V 0805", "", "", "C?",
        note="0805 tantalum: EIA 2012-12 or 2012-15")
    row("tantalum", "Tantalum", "CAP_POL", "CASE-A", "", "CAP CER 10UF 16V X7R", "", "", "C?",
        note="polarized symbol and footprint, ceramic description")
    row("tantalum", "Capacitors", "CAP", "CASE-C", "", "CAP CER 10UF 25V X5R 1206", "", "", "C?",
        note="tantalum case footprint for a ceramic part")
    for imp in ["1206", "0805"]:
        row("tantalum", "Electrolytic", "CAP_POL", "CAPAE" + ("530X550" if imp == "1206" else "430X550") + "N", "",
            "CAP ALUM 10UF 20% 25V SMD", "", "", "C?", note="aluminium can, not mapped")

# ---------------------------------------------------------------------------------------------- inductors, beads
def inductors():
    librefs = ["Inductor", "IND", "L", "INDUCTOR_SMD", "L_Small"]
    descs = ["FIXED IND {v} {i} {r} SMD", "INDUCTOR {v} 20% {imp}", "Chip inductor {v} {imp}", "FIXED IND {v} {i} {imp}"]
    for imp in ["0402", "0603", "0805", "1008", "1206", "1210"]:
        met = CHIPS[imp][0]
        exp = "Inductor_SMD:L_" + imp + "_" + met + "Metric"
        names = ["L" + imp, "IND " + imp + "_" + met, "L_" + imp + "_" + met + "Metric", "IND_" + imp]
        if CHIPS[imp][3]:
            names.append("INDC" + met + "X" + CHIPS[imp][3] + "N")
        for name in names:
            for k in range(2):
                desc = rnd.choice(descs).format(v=rnd.choice(["10UH", "1UH", "100NH", "4.7UH", "33NH"]),
                                                i=rnd.choice(["300MA", "1A", "150MA"]), r="700 MOHM", imp=imp)
                pkg = digikey_chip(imp) if rnd.random() < 0.5 else ""
                row("inductor", rnd.choice(["Inductors", "Passives", "Coilcraft", "Murata"]), rnd.choice(librefs), name,
                    pkg, desc, "Device:L", exp, rnd.choice(["L?", "L"]))
    # near misses
    row("inductor", "Inductors", "Inductor", "IND_4X4_H2", "Nonstandard", "FIXED IND 4.7UH 2.1A 80 MOHM SMD", "", "", "L?",
        note="power inductor, not a chip size")
    row("inductor", "Inductors", "CMC", "L0805", "0805 (2012 Metric)", "CMC 90 OHM 2LN 0805", "", "", "L?",
        note="common mode choke")
    row("inductor", "Inductors", "Inductor", "L0603", "0805 (2012 Metric)", "FIXED IND 10UH 100MA 0805", "", "", "L?",
        note="footprint 0603, package 0805")
    row("inductor", "Inductors", "Inductor Iron", "L1210", "", "Iron core inductor 100uH", "", "", "L?",
        note="iron-core symbol")
    row("inductor", "Inductors", "L_Coupled", "L1206", "", "COUPLED INDUCTOR 2X10UH", "", "", "L?",
        note="coupled inductor")

def beads():
    librefs = ["FERRITE_BEAD", "FB", "Ferrite Bead", "BEAD", "FerriteBead"]
    descs = ["FERRITE BEAD {z} OHM {imp} 1LN", "Ferrite bead {z}R@100MHz {imp}", "FERRITE BEAD {z} OHM {imp}",
             "EMI ferrite bead {z} ohm"]
    for imp in ["0402", "0603", "0805", "1206"]:
        met = CHIPS[imp][0]
        exp = "Inductor_SMD:L_" + imp + "_" + met + "Metric"
        names = ["L" + imp, "FB" + imp, "BEAD_" + imp, "INDC" + met + "X" + CHIPS[imp][3] + "N", imp,
                 "FERRITE " + imp + "_" + met]
        for name in names:
            for k in range(2):
                desc = rnd.choice(descs).format(z=rnd.choice(["600", "120", "1000", "220"]), imp=imp)
                pkg = digikey_chip(imp) if rnd.random() < 0.5 else ""
                row("ferrite bead", rnd.choice(["Ferrite Beads", "EMI", "Wurth", "Passives"]), rnd.choice(librefs), name,
                    pkg, desc, "Device:FerriteBead", exp, rnd.choice(["FB?", "L?", "FB"]))
    row("ferrite bead", "Ferrite Beads", "FERRITE_BEAD", "R0603", "", "FERRITE BEAD 600 OHM 0603", "", "", "FB?",
        note="bead on a resistor footprint")
    row("ferrite bead", "Ferrite Beads", "FERRITE", "FERRITE_CORE_CABLE", "", "FERRITE CORE CABLE SNAP 6MM", "", "", "FB?",
        note="cable ferrite")

# ---------------------------------------------------------------------------------------------- LEDs
def leds():
    librefs = ["LED", "LED0", "LED1", "LED_SMD", "LED_Small"]
    colors = ["RED", "GREEN", "BLUE", "YELLOW", "WHITE", "ORANGE"]
    for imp in ["0402", "0603", "0805", "1206"]:
        met = CHIPS[imp][0]
        exp = "LED_SMD:LED_" + imp + "_" + met + "Metric"
        names = ["LED" + imp, "LEDC" + met + "X" + {"0402": "50", "0603": "80", "0805": "100", "1206": "110"}[imp] + "N",
                 "LED_" + imp + "_" + met + "Metric", "LED " + imp + "_" + met, "LED-" + imp]
        for name in names:
            for k in range(3):
                desc = rnd.choice(["LED {c} CLEAR {imp} SMD", "LED {c} DIFFUSED {imp} SMD", "{c} LED {imp}",
                                   "Light emitting diode {c} {imp}"]).format(c=rnd.choice(colors), imp=imp)
                pkg = digikey_chip(imp) if rnd.random() < 0.5 else ""
                row("LED", rnd.choice(["LEDs", "Optoelectronics", "Kingbright", "LED"]), rnd.choice(librefs), name, pkg,
                    desc, "Device:LED", exp, rnd.choice(["D?", "LED?", "DS?"]))
    for d, exp, pkgs, names in [
        ("3", "LED_THT:LED_D3.0mm", ["T-1", ""], ["LED-3MM", "LED3MM", "LED_D3.0mm", "3MM_LED", "LED_3MM_RADIAL", "LED-T1"]),
        ("5", "LED_THT:LED_D5.0mm", ["T-1 3/4", ""], ["LED-5MM", "LED5MM", "LED_D5.0mm", "5MM_LED", "LED_5MM_RADIAL", "LED-T1-3/4"])]:
        for name in names:
            for k in range(2):
                desc = rnd.choice(["LED {c} DIFFUSED {d}MM ROUND T/H", "LED {c} CLEAR {t} THT", "{d}mm {c} LED"]).format(
                    c=rnd.choice(colors), d=d, t="T-1" if d == "3" else "T-1 3/4")
                row("LED", rnd.choice(["LEDs", "LED THT"]), rnd.choice(["LED", "LED0", "LED1"]), name, rnd.choice(pkgs),
                    desc, "Device:LED", exp, rnd.choice(["D?", "LED?"]))
    # near misses
    row("LED", "LEDs", "LED_RGB", "LED_RGB_5050", "6-SMD, No Lead", "LED RGB DIFFUSED 6SMD", "", "", "D?", note="RGB LED")
    row("LED", "LEDs", "LED", "LED0603", "", "LED RGB 0603 SMD", "", "", "D?", note="RGB LED on chip footprint")
    row("LED", "LEDs", "LED_BICOLOR", "LED-3MM-3", "T-1", "LED BICOLOR RED/GREEN 3MM", "", "", "D?", note="3-lead bicolor")
    row("LED", "LEDs", "LED", "LED0603", "", "LED RED SIDE VIEW 0603", "", "", "D?", note="side-view LED")
    row("LED", "LEDs", "LED", "LED_PLCC2_3528", "1411 (3528 Metric)", "LED WHITE PLCC2 SMD", "", "", "D?", note="PLCC-2")
    row("LED", "LEDs", "LED", "LED0805", "0603 (1608 Metric)", "LED GREEN CLEAR 0603 SMD", "", "", "D?",
        note="footprint 0805, package 0603")
    row("LED", "LEDs", "LED", "LED-5MM", "T-1", "LED RED 5MM", "", "", "D?", note="5 mm footprint, T-1 (3 mm) package")
    row("LED", "LEDs", "LED", "R0603", "", "LED RED CLEAR 0603 SMD", "", "", "D?", note="LED on a resistor footprint")
    row("LED", "LED Drivers", "TLC5940", "TSSOP-28", "", "IC LED DRIVER LIN 120MA 28TSSOP", "", "", "U?",
        "Package_SO:TSSOP-28_4.4x9.7mm_P0.65mm", note="LED driver IC")

# ---------------------------------------------------------------------------------------------- diodes
DIODE_PKGS = {  # code: (kicad, altium names, ipc names, digikey texts)
    "SOD-123": ("Diode_SMD:D_SOD-123", ["SOD-123", "SOD123", "D_SOD-123", "DIODE_SOD123"], ["SOD3716X135N", "SOD3716X120N"],
                ["SOD-123"]),
    "SOD-123F": ("Diode_SMD:D_SOD-123F", ["SOD-123F", "SOD123F", "SOD-123FL", "D_SOD-123F"], ["SODFL3618X100N"], ["SOD-123F"]),
    "SOD-323": ("Diode_SMD:D_SOD-323", ["SOD-323", "SOD323", "D_SOD-323"], ["SOD2513X100N", "SOD2512X110N"],
                ["SC-76, SOD-323", "SOD-323"]),
    "SOD-323F": ("Diode_SMD:D_SOD-323F", ["SOD-323F", "SOD323F"], ["SODFL2513X80N"], ["SC-90, SOD-323F"]),
    "SOD-523": ("Diode_SMD:D_SOD-523", ["SOD-523", "SOD523", "D_SOD-523"], ["SOD1608X65N"], ["SC-79, SOD-523", "SOD-523"]),
    "SMA": ("Diode_SMD:D_SMA", ["SMA", "DO-214AC", "D_SMA", "DO214AC"], ["DIOM5226X240N", "DIOM5027X230N"],
            ["DO-214AC, SMA"]),
    "SMB": ("Diode_SMD:D_SMB", ["SMB", "DO-214AA", "D_SMB"], ["DIOM5436X244N"], ["DO-214AA, SMB"]),
    "SMC": ("Diode_SMD:D_SMC", ["SMC", "DO-214AB", "D_SMC"], ["DIOM7959X261N"], ["DO-214AB, SMC"]),
    "MiniMELF": ("Diode_SMD:D_MiniMELF", ["MINIMELF", "SOD-80", "MINI-MELF", "LL-34", "D_MiniMELF"], ["DIOMELF3516"],
                 ["DO-213AC, MINI-MELF, SOD-80"]),
    "MELF": ("Diode_SMD:D_MELF", ["MELF", "DO-213AB", "D_MELF"], ["DIOMELF5025"], ["DO-213AB, MELF"]),
}

def diodes():
    kinds = [
        ("Device:D", ["DIODE", "Diode", "D", "D_Small", "DIODE_GP"], ["DIODE GEN PURP 100V 150MA {p}", "Switching diode 75V {p}",
                                                                    "DIODE GEN PURP 1KV 1A {p}", "Fast recovery diode 1A 600V"]),
        ("Device:D_Zener", ["D_Zener", "ZENER", "DIODE_ZENER", "D Zener"], ["DIODE ZENER 5.1V 500MW {p}",
                                                                                   "Zener diode 3.3V 0.5W {p}", "DIODE ZENER 12V 1W"]),
        ("Device:D_Schottky", ["D_Schottky", "SCHOTTKY", "D Schottky", "DIODE_SCHOTTKY"], ["DIODE SCHOTTKY 40V 1A {p}",
                                                                                            "Schottky rectifier 2A 40V", "DIODE SCHOTTKY 30V 200MA {p}"]),
        ("Device:D_TVS", ["D_TVS", "TVS", "TVS_BIDIR"], ["TVS DIODE 5VWM 9.2VC {p} BIDIRECTIONAL", "TVS diode bidirectional 24V {p}"]),
    ]
    for code, (kicad, alt, ipc, dk) in DIODE_PKGS.items():
        names = alt + ipc
        for name in names:
            for sym, librefs, descs in kinds:
                if code in ("MiniMELF", "MELF") and sym == "Device:D_TVS":
                    continue
                if rnd.random() < 0.45:
                    continue
                pdesc = code.replace("-", "") if code.startswith("SOD") else code.upper() if code in ("SMA", "SMB", "SMC") else ""
                desc = rnd.choice(descs).format(p=pdesc).strip()
                pkg = rnd.choice(dk) if rnd.random() < 0.5 else ""
                row("diode", rnd.choice(["Diodes", "Discretes", "Diodes Incorporated", "Nexperia"]), rnd.choice(librefs),
                    name, pkg, desc, sym, kicad, rnd.choice(["D?", "D", "CR?"]))
    # near misses
    row("diode", "Diodes", "TVS", "SMA", "DO-214AC, SMA", "TVS DIODE 24VWM 38.9VC SMA", "", "", "D?",
        note="TVS direction not stated")
    row("diode", "Diodes", "TVS_UNI", "SMB", "DO-214AA, SMB", "TVS DIODE 15VWM UNIDIRECTIONAL SMB", "", "", "D?",
        note="unidirectional TVS: no KiCad 6 symbol")
    row("diode", "Diodes", "BAV99", "SOT-23", "TO-236-3, SC-59, SOT-23-3", "DIODE ARRAY GP 100V 215MA SOT23", "", "", "D?",
        "Package_TO_SOT_SMD:SOT-23", note="dual diode in SOT-23")
    row("diode", "Diodes", "BAT54S", "SOT23-3", "", "DIODE ARRAY SCHOTTKY 30V SOT23", "", "", "D?",
        "Package_TO_SOT_SMD:SOT-23", note="dual Schottky")
    row("diode", "Diodes", "BAT54", "SOT-23", "TO-236-3, SC-59, SOT-23-3", "DIODE SCHOTTKY 30V 200MA SOT23", "", "", "D?",
        "Package_TO_SOT_SMD:SOT-23", note="single diode in SOT-23: pin use varies")
    row("diode", "Diodes", "DIODE", "SOD-123", "SC-76, SOD-323", "DIODE GEN PURP 100V 150MA", "", "", "D?",
        note="SOD-123 footprint, SOD-323 package")
    row("diode", "Diodes", "D_Zener", "SOD-123", "SOD-123F", "DIODE ZENER 5.1V 500MW", "", "", "D?",
        note="SOD-123 vs SOD-123F")
    row("diode", "Diodes", "D_Zener", "SOD-323", "", "DIODE ZENER 5.1V 200MW SOD123", "", "", "D?",
        note="description names SOD-123")
    row("diode", "Diodes", "D_Schottky", "SMA", "DO-214AA, SMB", "DIODE SCHOTTKY 40V 3A", "", "", "D?", note="SMA vs SMB")
    row("diode", "Diodes", "D_Zener", "SOD-123", "", "DIODE GEN PURP 100V 150MA SOD123", "", "", "D?",
        note="Zener symbol, general-purpose description")
    row("diode", "Diodes", "DIODE", "SOD-123", "", "DIODE SCHOTTKY ZENER", "", "", "D?", note="two kinds named")
    row("diode", "Diodes", "ESD", "SOD-523", "SC-79, SOD-523", "ESD SUPPRESSOR 5V SOD523", "", "", "D?", note="ESD part")
    row("diode", "Diodes", "D_Varactor", "SOD-323", "SC-76, SOD-323", "DIODE VARACTOR 30V SOD323", "", "", "D?",
        note="varactor")
    row("diode", "Diodes", "Bridge", "SMA", "", "BRIDGE RECT 1PHASE 600V 1A", "", "", "D?", note="bridge")
    row("diode", "Diodes", "DIODE", "SOD-123W", "", "DIODE GEN PURP 200V 1A", "", "", "D?", note="SOD-123W is not SOD-123")
    row("diode", "Diodes", "DIODE", "SMAF", "", "DIODE GEN PURP 1KV 1A SMAF", "", "", "D?", note="flat SMA is not SMA")
    row("diode", "Diodes", "DIODE", "D0805", "0805 (2012 Metric)", "TVS DIODE 5V BIDIRECTIONAL 0805", "Device:D_TVS",
        "Diode_SMD:D_0805_2012Metric", "D?", note="TVS in chip package")
    row("diode", "Diodes", "SCHOTTKY", "D0603", "0603 (1608 Metric)", "DIODE SCHOTTKY 20V 0.5A 0603", "Device:D_Schottky",
        "Diode_SMD:D_0603_1608Metric", "D?")

# ---------------------------------------------------------------------------------------------- crystals
def crystals():
    librefs = ["XTAL", "Crystal", "CRYSTAL"]
    descs = ["CRYSTAL {f}MHZ 18PF SMD", "CRYSTAL {f}MHZ 12PF SMD", "Crystal {f} MHz 20ppm", "CRYSTAL {f}MHZ 20PF TH"]
    freqs = ["16.0000", "8.0000", "12.0000", "25.0000", "24.0000", "20.0000"]
    groups = [
        ("Device:Crystal_GND24", "Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm",
         ["XTAL-3225-4P", "CRYSTAL_SMD_3225-4Pin_3.2x2.5mm", "XTAL_3225_4PAD", "XTAL 3.2X2.5 4PAD", "Crystal_3225_4P"],
         ["4-SMD, No Lead", ""]),
        ("Device:Crystal_GND24", "Crystal:Crystal_SMD_2520-4Pin_2.5x2.0mm",
         ["XTAL-2520-4P", "XTAL_2520_4PAD", "CRYSTAL_SMD_2520-4Pin_2.5x2.0mm"], ["4-SMD, No Lead", ""]),
        ("Device:Crystal_GND24", "Crystal:Crystal_SMD_2016-4Pin_2.0x1.6mm",
         ["XTAL-2016-4P", "XTAL_2016_4PAD"], ["4-SMD, No Lead", ""]),
        ("Device:Crystal", "Crystal:Crystal_HC49-4H_Vertical",
         ["HC49/US", "HC-49/US", "HC49US", "HC-49S", "XTAL_HC49S", "Crystal_HC49-4H_Vertical"], ["HC-49/US", "HC49/US", ""]),
        ("Device:Crystal", "Crystal:Crystal_HC49-U_Vertical", ["HC-49/U", "HC49U", "XTAL_HC49U"], ["HC-49/U", ""]),
        ("Device:Crystal", "Crystal:Crystal_SMD_HC49-SD", ["HC49SMD", "HC-49/US-SMD", "XTAL_HC49_SMD", "HC49-SD"],
         ["HC-49/US SMD", ""]),
        ("Device:Crystal", "Crystal:Crystal_SMD_5032-2Pin_5.0x3.2mm", ["XTAL-5032-2P", "XTAL_5032_2PAD", "CRYSTAL 5.0X3.2 2PAD"],
         ["2-SMD, No Lead", ""]),
        ("Device:Crystal", "Crystal:Crystal_SMD_7050-2Pin_7.0x5.0mm", ["XTAL-7050-2P", "XTAL_7050_2PAD"], ["2-SMD, No Lead", ""]),
    ]
    for sym, fp, names, pkgs in groups:
        for name in names:
            for k in range(2):
                desc = rnd.choice(descs).format(f=rnd.choice(freqs))
                if "HC49" in fp and "SMD" not in fp and "SD" not in fp:
                    desc = desc.replace(" SMD", " TH")
                if ("SMD" in fp or "SD" in fp) and " TH" in desc:
                    desc = desc.replace(" TH", " SMD")
                row("crystal", rnd.choice(["Crystals", "Frequency Control", "Abracon", "ECS"]), rnd.choice(librefs), name,
                    rnd.choice(pkgs), desc, sym, fp, rnd.choice(["Y?", "X?", "Y"]))
    row("crystal", "Crystals", "XTAL", "XTAL_3225", "4-SMD, No Lead", "CRYSTAL 16.0000MHZ 18PF SMD", "Device:Crystal_GND24",
        "Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm", "Y?", note="pad count from the package text")
    # near misses
    row("crystal", "Crystals", "XTAL", "XTAL_3225", "", "CRYSTAL 16.0000MHZ 18PF SMD", "", "", "Y?", note="pad count unknown")
    row("crystal", "Crystals", "XTAL", "XTAL-5032-4P", "4-SMD, No Lead", "CRYSTAL 20.0000MHZ 18PF SMD", "", "", "Y?",
        note="5032 4-pad: crystal pads vary")
    row("crystal", "Crystals", "XTAL", "XTAL-7050-4P", "4-SMD, No Lead", "CRYSTAL 10.0000MHZ 18PF SMD", "", "", "Y?",
        note="7050 4-pad: crystal pads vary")
    row("crystal", "Oscillators", "OSC", "XTAL-3225-4P", "4-SMD, No Lead", "OSC XO 16.0000MHZ CMOS SMD", "", "", "Y?",
        note="oscillator on a crystal footprint")
    row("crystal", "Oscillators", "Oscillator", "OSC_3225", "4-SMD, No Lead", "XTAL OSC XO 25.0000MHZ HCMOS", "", "", "U?",
        note="oscillator")
    row("crystal", "Crystals", "RESONATOR", "HC49/US", "", "CERAMIC RESONATOR 16MHZ 3 PIN", "", "", "Y?", note="resonator")
    row("crystal", "Crystals", "XTAL", "HC49", "", "CRYSTAL 8.0000MHZ 20PF", "", "", "Y?", note="HC-49 variant not named")
    row("crystal", "Crystals", "XTAL", "XTAL-3225-4P", "2-SMD, No Lead", "CRYSTAL 16MHZ", "", "", "Y?",
        note="4-pad footprint, 2-pad package")
    row("crystal", "Crystals", "XTAL", "HC-49/U", "HC-49/US", "CRYSTAL 4.0000MHZ 20PF TH", "", "", "Y?",
        note="HC-49/U vs HC-49/US")
    row("crystal", "Crystals", "XTAL", "HC49-3PIN", "", "CRYSTAL 8MHZ 3 LEAD", "", "", "Y?", note="3-lead HC-49")

# ---------------------------------------------------------------------------------------------- headers
def headers():
    for rows_, cols in [(1, n) for n in range(2, 13)] + [(2, n) for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 20)]:
        pins = rows_ * cols
        if rows_ == 1:
            sym = "Connector_Generic:Conn_01x%02d" % cols
        else:
            sym = "Connector_Generic:Conn_02x%02d_Odd_Even" % cols
        fp = "Connector_PinHeader_2.54mm:PinHeader_%dx%02d_P2.54mm_Vertical" % (rows_, cols)
        names = ["HDR%dX%d" % (rows_, cols), "PinHeader_%dx%02d_P2.54mm_Vertical" % (rows_, cols),
                 "HEADER_%dX%d_2.54MM" % (rows_, cols), "CONN_HDR_%dX%d_2.54" % (rows_, cols)]
        if rows_ == 2:
            names.append("HDR%dX%d" % (cols, rows_))
        if pins <= 12:
            names.append("HDRV%dW64P254_%dX%d_%dX%dX838P" % (pins, rows_, cols, cols * 254, rows_ * 254))
        librefs = ["Header %d" % pins if rows_ == 1 else "Header %dX2" % cols, "HDR%dX%d" % (rows_, cols),
                   ("Conn_01x%02d" % cols) if rows_ == 1 else ("Conn_02x%02d_Odd_Even" % cols), "CONN_HEADER"]
        descs = ["CONN HEADER VERT %dPOS 2.54MM" % pins, "Pin header %dx%d 2.54mm straight" % (rows_, cols),
                 "CONN HDR %dPOS 0.1 GOLD PCB" % pins]
        for name in names:
            for k in range(1 if rows_ == 1 else 2):
                desc = rnd.choice(descs)
                libref = rnd.choice(librefs)
                if "2.54" in name or "254" in name:
                    desc = rnd.choice(descs + [""])
                row("header", rnd.choice(["Connectors", "Headers", "Samtec", "Wurth"]), libref, name, "", desc, sym, fp,
                    rnd.choice(["J?", "P?", "J"]))
    # sockets
    for cols in (2, 3, 4, 6, 8):
        row("header", "Connectors", "CONN_SOCKET", "PinSocket_1x%02d_P2.54mm_Vertical" % cols, "",
            "CONN RCPT %dPOS 0.1 GOLD PCB" % cols, "Connector_Generic:Conn_01x%02d" % cols,
            "Connector_PinSocket_2.54mm:PinSocket_1x%02d_P2.54mm_Vertical" % cols, "J?")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d" % cols, "", "CONN RCPT %dPOS 2.54MM FEMALE" % cols,
            "Connector_Generic:Conn_01x%02d" % cols,
            "Connector_PinSocket_2.54mm:PinSocket_1x%02d_P2.54mm_Vertical" % cols, "J?",
            note="generic header footprint, female part: socket footprint")
    # 2.00 mm and 1.27 mm pitch: stated by the footprint name, or only by the description (then the generic
    # HDR name, 2.54 mm by convention, contradicts it: not certain)
    for cols in (3, 4, 6):
        for p, name in (("2.00", "PinHeader_1x%02d_P2.00mm_Vertical" % cols), ("2.00", "HDR_1X%d_2.00MM" % cols),
                        ("1.27", "PinHeader_1x%02d_P1.27mm_Vertical" % cols), ("1.27", "CONN_HDR_1X%d_1.27" % cols)):
            row("header", "Connectors", "Header %d" % cols, name, "", "CONN HEADER VERT %dPOS %sMM" % (cols, p),
                "Connector_Generic:Conn_01x%02d" % cols,
                "Connector_PinHeader_%smm:PinHeader_1x%02d_P%smm_Vertical" % (p, cols, p), "J?")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d" % cols, "", "CONN HEADER VERT %dPOS 2MM" % cols,
            "", "", "J?", note="HDR name (2.54 mm by convention), description 2 mm")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d" % cols, "", "CONN HEADER VERT %dPOS 1.27MM" % cols,
            "", "", "J?", note="HDR name (2.54 mm by convention), description 1.27 mm")
    # near misses
    for cols in (4, 6):
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d" % cols, "", "", "", "", "J?", note="pitch not stated")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%dH" % cols, "", "CONN HEADER R/A %dPOS 2.54MM" % cols, "", "",
            "J?", note="right angle")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d_SMD" % cols, "", "CONN HEADER SMD %dPOS 2.54MM" % cols, "",
            "", "J?", note="SMD header")
        row("header", "Connectors", "Header %d" % cols, "HDR1X%d" % (cols + 1), "", "CONN HEADER VERT %dPOS 2.54MM" % cols,
            "", "", "J?", note="positions disagree")
        row("header", "Connectors", "Header %d" % cols, "MHDR1X%d" % cols, "", "CONN HEADER VERT %dPOS 2.54MM" % cols, "",
            "", "J?", note="Altium MHDR style not understood")
    row("header", "Connectors", "Header 5X2A", "HDR2X5", "", "CONN HEADER VERT 10POS 2.54MM", "", "", "J?",
        note="alternate pin numbering symbol")
    row("header", "Connectors", "Conn_02x05_Top_Bottom", "HDR2X5", "", "CONN HEADER VERT 10POS 2.54MM", "", "", "J?",
        note="top/bottom numbering symbol")
    row("header", "Connectors", "IDC_2X5", "IDC-2X5-SHROUDED", "", "CONN HEADER SHROUDED 10POS 2.54MM", "", "", "J?",
        note="box header")
    row("header", "Connectors", "Header 4", "PinHeader_1x04_P2.54mm_Vertical", "", "CONN HEADER VERT 4POS 2MM", "", "",
        "J?", note="footprint 2.54 mm, description 2 mm")
    row("header", "Connectors", "USB_B", "HDR1X4", "", "CONN USB TYPE B RCPT", "", "", "J?", note="USB connector")

# ---------------------------------------------------------------------------------------------- ICs, transistors
def ics():
    groups = [
        ("Package_TO_SOT_SMD:SOT-23", ["SOT-23", "SOT23", "SOT23-3", "SOT95P237X112-3N", "SOT-23-3"],
         ["TO-236-3, SC-59, SOT-23-3", "SOT-23-3", ""],
         [("NPN", "TRANS NPN 40V 0.2A SOT23"), ("PNP", "TRANS PNP 40V 0.2A SOT23"), ("MOSFET-N", "MOSFET N-CH 60V 115MA SOT-23"),
          ("Q_NMOS_GSD", "MOSFET N-CH 20V 4.2A SOT23"), ("MMBT3904", "TRANS NPN 40V 0.2A SOT23")], "Q?"),
        ("Package_TO_SOT_SMD:SOT-23-5", ["SOT-23-5", "SOT23-5", "SOT95P280X145-5N", "SOT-25"], ["SC-74A, SOT-753", "SOT-23-5", ""],
         [("LDO_3V3", "IC REG LINEAR 3.3V 150MA SOT23-5"), ("OPAMP", "IC OPAMP GP 1 CIRCUIT SOT23-5"),
          ("74LVC1G14", "IC INVERTER SCHMITT 1CH SOT23-5")], "U?"),
        ("Package_TO_SOT_SMD:SOT-23-6", ["SOT-23-6", "SOT23-6", "SOT95P280X145-6N", "SOT-26"], ["SOT-23-6", ""],
         [("BUCK", "IC REG BUCK ADJ 1A SOT23-6"), ("USBLC6", "IC INTERFACE SOT23-6")], "U?"),
        ("Package_TO_SOT_SMD:SOT-223", ["SOT-223", "SOT223", "SOT230P700X180-4N"], ["TO-261-4, TO-261AA", ""],
         [("AMS1117-3.3", "IC REG LINEAR 3.3V 1A SOT223"), ("LM1117", "IC REG LDO ADJ 0.8A SOT223"),
          ("BCP56", "TRANS NPN 80V 1A SOT-223")], "U?"),
        ("Package_TO_SOT_SMD:SOT-89-3", ["SOT-89", "SOT89-3", "SOT-89-3"], ["TO-243AA", ""],
         [("78L05", "IC REG LINEAR 5V 100MA SOT89"), ("BCX56", "TRANS NPN 80V 1A SOT89")], "U?"),
        ("Package_TO_SOT_SMD:SOT-323_SC-70", ["SOT-323", "SC-70", "SOT65P210X110-3N"], ["SC-70, SOT-323", ""],
         [("BC847W", "TRANS NPN 45V 0.1A SC70")], "Q?"),
        ("Package_TO_SOT_SMD:SOT-353_SC-70-5", ["SOT-353", "SC-70-5", "SC70-5", "SOT65P210X110-5N"],
         ["5-TSSOP, SC-70-5, SOT-353", ""], [("74LVC1G08", "IC GATE AND 1CH 2-INP SC70-5")], "U?"),
        ("Package_TO_SOT_SMD:SOT-363_SC-70-6", ["SOT-363", "SC-70-6", "SC-88", "SOT65P210X110-6N"],
         ["6-TSSOP, SC-88, SOT-363", ""], [("BC847BS", "TRANS 2NPN 45V 0.1A 6TSSOP")], "Q?"),
        ("Package_SO:SOIC-8_3.9x4.9mm_P1.27mm", ["SOIC-8", "SO-8", "SO8", "SOIC127P600X175-8N", "SOIC8_N"],
         ["8-SOIC (0.154\", 3.90mm Width)", ""], [("LM358", "IC OPAMP GP 2 CIRCUIT 8SOIC"), ("24LC256", "IC EEPROM 256KBIT I2C 8SOIC"),
                                                  ("NE555", "IC OSC SINGLE TIMER 8SOIC")], "U?"),
        ("Package_SO:SOIC-14_3.9x8.7mm_P1.27mm", ["SOIC-14", "SO-14", "SOIC127P600X175-14N"], ["14-SOIC (0.154\", 3.90mm Width)", ""],
         [("LM324", "IC OPAMP GP 4 CIRCUIT 14SOIC"), ("74HC00", "IC GATE NAND 4CH 2-INP 14SOIC")], "U?"),
        ("Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", ["SOIC-16", "SO-16", "SOIC127P600X175-16N"], ["16-SOIC (0.154\", 3.90mm Width)", ""],
         [("74HC595", "IC SHIFT REGISTER 8BIT 16SOIC")], "U?"),
        ("Package_SO:SOIC-16W_7.5x10.3mm_P1.27mm", ["SOIC-16W", "SO-16W", "SOIC127P1030X265-16N", "SOW-16"],
         ["16-SOIC (0.295\", 7.50mm Width)", ""], [("ISO7741", "DGTL ISO 5000VRMS 4CH GP 16SOIC")], "U?"),
        ("Package_SO:TSSOP-14_4.4x5mm_P0.65mm", ["TSSOP-14", "TSSOP14", "SOP65P640X120-14N"], ["14-TSSOP (0.173\", 4.40mm Width)", ""],
         [("74HC14PW", "IC INVERTER SCHMITT 6CH 14TSSOP")], "U?"),
        ("Package_SO:TSSOP-20_4.4x6.5mm_P0.65mm", ["TSSOP-20", "SOP65P640X120-20N"], ["20-TSSOP (0.173\", 4.40mm Width)", ""],
         [("STM32F030F4", "IC MCU 32BIT 16KB FLASH 20TSSOP")], "U?"),
        ("Package_SO:MSOP-8_3x3mm_P0.65mm", ["MSOP-8", "MSOP8", "SOP65P490X110-8N"], ["8-TSSOP, 8-MSOP (0.118\", 3.00mm Width)", ""],
         [("OPA2333", "IC OPAMP ZERO-DRIFT 2 CIRC 8VSSOP")], "U?"),
        ("Package_SO:MSOP-10_3x3mm_P0.5mm", ["MSOP-10", "SOP50P490X110-10N"], ["10-TFSOP, 10-MSOP (0.118\", 3.00mm Width)", ""],
         [("ADS1115", "IC ADC 16BIT SIGMA-DELTA 10MSOP")], "U?"),
        ("Package_DIP:DIP-8_W7.62mm", ["DIP-8", "DIP8", "PDIP-8"], ["8-DIP (0.300\", 7.62mm)", ""],
         [("NE555P", "IC OSC SINGLE TIMER 8DIP"), ("LM358N", "IC OPAMP GP 2 CIRCUIT 8DIP")], "U?"),
        ("Package_DIP:DIP-14_W7.62mm", ["DIP-14", "DIP14"], ["14-DIP (0.300\", 7.62mm)", ""], [("74HC00N", "IC GATE NAND 4CH 14DIP")], "U?"),
        ("Package_DIP:DIP-28_W15.24mm", ["DIP-28_600", "DIP-28W"], ["28-DIP (0.600\", 15.24mm)"], [("27C256", "IC EPROM 256KBIT 28DIP")], "U?"),
        ("Package_QFP:LQFP-48_7x7mm_P0.5mm", ["QFP50P900X900X160-48N", "LQFP-48_7x7mm_P0.5mm"], ["48-LQFP", ""],
         [("STM32F103C8", "IC MCU 32BIT 64KB FLASH 48LQFP")], "U?"),
        ("Package_QFP:LQFP-64_10x10mm_P0.5mm", ["QFP50P1200X1200X160-64N", "LQFP-64_10x10mm_P0.5mm"], ["64-LQFP", ""],
         [("STM32F405RG", "IC MCU 32BIT 1MB FLASH 64LQFP")], "U?"),
        ("Package_TO_SOT_THT:TO-92_Inline", ["TO-92", "TO92", "TO-92-3"], ["TO-226-3, TO-92-3 (TO-226AA)", ""],
         [("2N3904", "TRANS NPN 40V 0.2A TO92"), ("LM78L05", "IC REG LINEAR 5V 100MA TO92-3")], "Q?"),
        ("Package_TO_SOT_THT:TO-220-3_Vertical", ["TO-220-3", "TO220", "TO-220AB"], ["TO-220-3", ""],
         [("LM7805", "IC REG LINEAR 5V 1.5A TO220-3"), ("IRF540N", "MOSFET N-CH 100V 33A TO220AB")], "U?"),
        ("Package_TO_SOT_SMD:TO-252-2", ["DPAK", "TO-252", "TO228P970X238-3N"], ["TO-252-3, DPak (2 Leads + Tab), SC-63", ""],
         [("LD1117DT33", "IC REG LINEAR 3.3V 800MA DPAK"), ("IRLR024N", "MOSFET N-CH 55V 17A DPAK")], "U?"),
        ("Package_TO_SOT_SMD:TO-263-2", ["D2PAK", "TO-263", "TO254P1524X482-3N"], ["TO-263-3, D²Pak (2 Leads + Tab), TO-263AB", ""],
         [("LM1084IS", "IC REG LINEAR POS ADJ 5A D2PAK"), ("IRF3205S", "MOSFET N-CH 55V 110A D2PAK")], "U?"),
    ]
    for suggested, names, pkgs, parts, des in groups:
        for name in names:
            for k in range(2):
                libref, desc = rnd.choice(parts)
                row("IC/transistor", rnd.choice(["ICs", "Semiconductors", "Texas Instruments", "Transistors", "Regulators"]),
                    libref, name, rnd.choice(pkgs), desc, "", "", des, suggested)
    # near misses with conflicting package evidence: no suggestion either
    row("IC/transistor", "ICs", "LDO", "SOT-23-5", "SOT-23-6", "IC REG LINEAR 3.3V SOT23-6", "", "", "U?", "",
        note="SOT-23-5 vs SOT-23-6")
    row("IC/transistor", "ICs", "OPAMP", "SOIC-8", "14-SOIC (0.154\", 3.90mm Width)", "IC OPAMP", "", "", "U?", "",
        note="8 vs 14 pins")
    row("IC/transistor", "ICs", "ISO", "SOIC-8", "8-SOIC (0.295\", 7.50mm Width)", "IC ISOLATOR", "", "", "U?", "",
        note="narrow footprint, wide package")
    row("IC/transistor", "ICs", "MCU", "QFN50P400X400X100-25N", "24-VFQFN Exposed Pad", "IC MCU 8BIT 24QFN", "", "", "U?", "",
        note="QFN: exposed pad size not named, several KiCad footprints")
    row("IC/transistor", "ICs", "MCU", "QFN-24", "24-VQFN", "IC MCU", "", "", "U?", "", note="QFN body not named")
    row("IC/transistor", "ICs", "REG", "DFN-8", "8-VDFN Exposed Pad", "IC REG", "", "", "U?", "", note="DFN body not named")

# ---------------------------------------------------------------------------------------------- other near misses
def others():
    row("other", "Resistors", "NTC", "R0603", "0603 (1608 Metric)", "THERMISTOR NTC 10KOHM 3380K 0603", "", "", "RT?",
        note="thermistor")
    row("other", "Resistors", "Res Thermal", "R0805", "", "NTC 10K 1% 0805", "", "", "RT?", note="thermistor")
    row("other", "Resistors", "RES_ARRAY", "RES_ARRAY_4X0603", "1206 (3216 Metric), Convex, Long Side Terminals",
        "RES ARRAY 4 RES 10K OHM 1206", "", "", "RN?", note="resistor array")
    row("other", "Resistors", "Res Adj1", "R0603", "", "TRIMMER 10K OHM 0.1W SMD", "", "", "VR?", note="trimmer")
    row("other", "Fuses", "FUSE", "F0603", "0603 (1608 Metric)", "FUSE BOARD MNT 500MA 32VAC 0603", "", "", "F?", note="fuse")
    row("other", "Fuses", "PTC_FUSE", "1206", "1206 (3216 Metric)", "PTC RESET FUSE 6V 500MA 1206", "", "", "F?",
        note="resettable fuse on a bare chip footprint")
    row("other", "Varistors", "VARISTOR", "0603", "0603 (1608 Metric)", "VARISTOR 5.5V 0603", "", "", "RV?", note="varistor")
    row("other", "Capacitors", "CAP_ARRAY", "C0508_ARRAY", "", "CAP ARRAY 0.1UF X7R 0508", "", "", "C?", note="capacitor array")
    row("other", "Capacitors", "CAP_FEED", "C0805", "0805 (2012 Metric)", "CAP FEEDTHRU 0.1UF 50V 0805", "", "", "C?",
        note="feed-through capacitor")
    row("other", "Capacitors", "SUPERCAP", "CAP_SUPER_6.8MM", "", "CAP SUPERCAP 0.1F 5.5V", "", "", "C?", note="supercapacitor")
    row("other", "Capacitors", "Cap Var", "C0603", "", "CAP TRIMMER 2-10PF", "", "", "C?", note="trimmer capacitor")
    row("other", "Resistors", "RES", "R0603", "0805 (2012 Metric)", "RES 10K OHM 1% 1/10W", "", "", "R?",
        note="footprint 0603, package 0805")
    row("other", "Resistors", "RES", "R0603", "", "RES 10K OHM 1% 1/8W 0805", "", "", "R?", note="description says 0805")
    row("other", "Resistors", "RES", "RESC1608X55N", "0805 (2012 Metric)", "RES 1K 1%", "", "", "R?",
        note="IPC 1608 vs package 0805")
    row("other", "Resistors", "RES", "R0402", "01005 (0402 Metric)", "RES 100 OHM 1%", "", "", "R?",
        note="0402 imperial footprint, 01005 package")
    row("other", "Resistors", "RES", "R_0402_Metric", "0402 (1005 Metric)", "RES 100 OHM 1%", "", "", "R?",
        note="0402 metric footprint, 0402 imperial package")
    row("other", "Resistors", "RES", "C0603", "", "RES 10K OHM 1% 0603", "", "", "R?", note="resistor on a capacitor footprint")
    row("other", "Capacitors", "CAP", "R0603", "", "CAP CER 0.1UF 50V X7R 0603", "", "", "C?", note="capacitor on a resistor footprint")
    row("other", "Resistors", "RES", "RES_SPECIAL_FP", "0603 (1608 Metric)", "RES 10K OHM 1% 0603", "", "", "R?",
        note="footprint name not understood")
    row("other", "Capacitors", "CAP", "FP-GRM188-MFG", "0603 (1608 Metric)", "CAP CER 1UF 16V X7R 0603", "", "", "C?",
        note="footprint name not understood")
    row("other", "Resistors", "RES", "R0603", "0603 (1005 Metric)", "RES 10K", "", "", "R?", note="inconsistent package text")
    row("other", "Resistors", "RES", "R0603M", "", "RES 10K 1%", "", "", "R?", note="trailing M: metric or density?")
    row("other", "Resistors", "RES", "AXIAL-0.4", "Axial", "RES 10K OHM 1/4W 5% AXIAL", "", "", "R?", note="THT axial")
    row("other", "Capacitors", "CAP", "RAD-0.1", "Radial", "CAP CER 100NF 50V RADIAL", "", "", "C?", note="THT radial")
    row("other", "Misc", "SW-PB", "SW_6MM", "", "SWITCH TACTILE SPST-NO 0.05A 12V", "", "", "SW?", note="switch")
    row("other", "Misc", "Relay", "RELAY_SPDT", "", "RELAY GEN PURPOSE SPDT 1A 5V", "", "", "K?", note="relay")
    row("other", "Resistors", "RES", "R0603", "", "RES 10K 1% 0603 4 TERMINAL KELVIN", "", "", "R?", note="four-terminal")
    row("other", "Capacitors", "CAP", "C0603", "", "CAP CER 0.1UF 50V X7R 0603 3 TERMINAL", "", "", "C?", note="3-terminal cap")
    row("other", "Inductors", "CMC", "L1206", "", "COMMON MODE CHOKE 90OHM 1206", "", "", "L?", note="common mode")
    row("other", "Resistors", "R", "R0805", "", "", "", "", "", note="no description, family from symbol letter only")


# ---------------------------------------------------------------------------------------------- field rows
# Hand-written, in styles the generators above do not produce systematically: manufacturer tables with
# part-number symbols (as in the fixtures' access-many-tables.DbLib), Mouser-style descriptions, lower case,
# density suffixes, and traps. Labels are what a careful engineer concludes from the texts alone.
def field():
    F = [
        # family, table, libref, footprint, package, description, expected symbol, expected footprint, designator, suggestion
        ("resistor", "Yageo", "RC0402FR-0710KL", "RESC1005X40N", "0402 (1005 Metric)", "RES SMD 10K OHM 1% 1/16W 0402", "Device:R", "Resistor_SMD:R_0402_1005Metric", "R?", ""),
        ("resistor", "Vishay", "CRCW06030000Z0EA", "RESC1608X55N", "0603 (1608 Metric)", "RES 0 OHM JUMPER 1/10W 0603", "Device:R", "Resistor_SMD:R_0603_1608Metric", "R?", ""),
        ("resistor", "Panasonic", "ERJ-3EKF1002V", "R0603", "0603 (1608 Metric)", "RES SMD 10K OHM 1% 1/10W 0603", "Device:R", "Resistor_SMD:R_0603_1608Metric", "R?", ""),
        ("resistor", "Resistors", "res", "r0805", "", "res 4k7 1% 0805", "Device:R", "Resistor_SMD:R_0805_2012Metric", "r?", ""),
        ("resistor", "Resistors", "RES", "RES-0805-2012", "", "Res Thick Film 0805 10K Ohm 1% 0.125W(1/8W) +/-100ppm/C Pad SMD", "Device:R", "Resistor_SMD:R_0805_2012Metric", "R?", ""),
        ("resistor", "Resistors", "Res3", "CR3216-1206", "", "", "Device:R", "Resistor_SMD:R_1206_3216Metric", "R?", ""),
        ("resistor", "Resistors", "RES", "RESC3216X70M", "1206 (3216 Metric)", "RES 100R 1% 1206", "Device:R", "Resistor_SMD:R_1206_3216Metric", "R?", ""),
        ("resistor", "Resistors", "RES", "R2512", "2512 (6332 Metric)", "RES 0.005 OHM 1% 2W 2512", "Device:R", "Resistor_SMD:R_2512_6332Metric", "R?", ""),
        ("resistor", "Resistors", "RES", "RES_0603_1608_HS", "", "RES 1K 1% 0603", "Device:R", "Resistor_SMD:R_0603_1608Metric_Pad0.98x0.95mm_HandSolder", "R?", ""),
        ("resistor", "Resistors", "RES", "R0603", "", "RES 10K 1% 0603", "", "", "RN?", ""),
        ("resistor", "Resistors", "RES_NTC", "R0603", "0603 (1608 Metric)", "10K 1% 0603", "", "", "R?", ""),
        ("resistor", "Resistors", "RES", "R0402", "", "RES 10K 1% 01005", "", "", "R?", ""),
        ("resistor", "Resistors", "RES", "RESC1608X55N", "", "RES 10K 1% 0402", "", "", "R?", ""),
        ("resistor", "Resistors", "RES", "R0805", "0603 (1608 Metric)", "RES 10K 1%", "", "", "R?", ""),
        ("resistor", "Resistors", "RES", "R0603", "", "RES 10K 1% 0603", "", "", "C?", ""),
        ("capacitor", "Murata", "GRM155R71C104KA88D", "CAPC1005X55N", "0402 (1005 Metric)", "CAP CER 0.1UF 16V X7R 0402", "Device:C", "Capacitor_SMD:C_0402_1005Metric", "C?", ""),
        ("capacitor", "Samsung", "CL10B104KB8NNNC", "C0603", "0603 (1608 Metric)", "Multilayer Ceramic Capacitors MLCC - SMD/SMT 0603 0.1uF 50volts X7R 10%", "Device:C", "Capacitor_SMD:C_0603_1608Metric", "C?", ""),
        ("capacitor", "Capacitors", "CAP", "SMD_0805", "", "CAP CER 1UF 25V X7R 0805", "Device:C", "Capacitor_SMD:C_0805_2012Metric", "C?", ""),
        ("capacitor", "Capacitors", "C", "C_1206_3216Metric", "", "", "Device:C", "Capacitor_SMD:C_1206_3216Metric", "C?", ""),
        ("capacitor", "Capacitors", "Cap2", "CC3216-1206", "", "", "Device:C", "Capacitor_SMD:C_1206_3216Metric", "C?", ""),
        ("capacitor", "Capacitors", "CAP", "CAPC2012X135L", "", "CAP CER 10UF 10V X5R 0805 (2012 METRIC)", "Device:C", "Capacitor_SMD:C_0805_2012Metric", "C?", ""),
        ("capacitor", "Capacitors", "CAP", "C0603", "", "CAP CER 0.1UF 50V X7R 0402", "", "", "C?", ""),
        ("capacitor", "Capacitors", "CAP", "CAPC1005X55N", "0603 (1608 Metric)", "CAP CER 1NF", "", "", "C?", ""),
        ("capacitor", "Capacitors", "CAP", "C0603", "", "CAP CER 0.1UF 50V X7R 0603", "", "", "L?", ""),
        ("capacitor", "Capacitors - Tantalum", "CAP", "C0805", "", "CAP CER 1UF 25V X7R 0805", "", "", "C?", ""),
        ("tantalum", "Kemet", "T491A106K016AT", "CAPMP3216X180N", "1206 (3216 Metric)", "CAP TANT 10UF 10% 16V 1206", "Device:C_Polarized", "Capacitor_Tantalum_SMD:CP_EIA-3216-18_Kemet-A", "C?", ""),
        ("tantalum", "Kemet", "T491B476K010AT", "CASE_B_3528", "1411 (3528 Metric)", "CAP TANT 47UF 10% 10V 1411", "Device:C_Polarized", "Capacitor_Tantalum_SMD:CP_EIA-3528-21_Kemet-B", "C?", ""),
        ("tantalum", "AVX", "TAJD107K016RNJ", "TANT_D_7343", "2917 (7343 Metric)", "CAP TANT 100UF 10% 16V 2917", "Device:C_Polarized", "Capacitor_Tantalum_SMD:CP_EIA-7343-31_Kemet-D", "C?", ""),
        ("tantalum", "AVX", "TAJA106K016RNJ", "TAJ_A", "1206 (3216 Metric)", "CAP TANT 10UF 10% 16V 1206", "Device:C_Polarized", "Capacitor_Tantalum_SMD:CP_EIA-3216-18_Kemet-A", "C?", ""),
        ("tantalum", "Tantalum", "CAP_POL", "EIA3528", "1411 (3528 Metric)", "CAP TANT 22UF 16V", "", "", "C?", ""),
        ("tantalum", "Tantalum", "CAP_POL", "CASE-D", "2312 (6032 Metric)", "CAP TANT 100UF 16V", "", "", "C?", ""),
        ("inductor", "Inductors", "Inductor", "IND_1008_2520", "", "FIXED IND 4.7UH 600MA 1008", "Device:L", "Inductor_SMD:L_1008_2520Metric", "L?", ""),
        ("inductor", "TDK", "MLZ1608N100LT000", "INDC1608X95N", "0603 (1608 Metric)", "FIXED IND 10UH 50MA 1.1 OHM SMD", "Device:L", "Inductor_SMD:L_0603_1608Metric", "L?", ""),
        ("inductor", "Inductors", "IND", "L0603", "", "Fixed Inductors 0603 10uH 20%", "Device:L", "Inductor_SMD:L_0603_1608Metric", "L?", ""),
        ("inductor", "Inductors", "Inductor", "IND_5.0X5.0", "", "FIXED IND 10UH 2A SHIELDED", "", "", "L?", ""),
        ("ferrite bead", "Wurth", "742792651", "L0603", "0603 (1608 Metric)", "FERRITE BEAD 600 OHM 0603 1LN", "Device:FerriteBead", "Inductor_SMD:L_0603_1608Metric", "FB?", ""),
        ("ferrite bead", "Passives", "Ferrite", "FB_0402", "", "FERRITE BEAD 120 OHM 0402 1LN", "Device:FerriteBead", "Inductor_SMD:L_0402_1005Metric", "FB?", ""),
        ("ferrite bead", "Passives", "BEAD", "FB0603", "", "Ferrite Beads 600 OHM 0603", "Device:FerriteBead", "Inductor_SMD:L_0603_1608Metric", "FB?", ""),
        ("LED", "Lite-On", "LTST-C191KRKT", "LEDC1608X55N", "0603 (1608 Metric)", "LED RED CLEAR 0603 SMD", "Device:LED", "LED_SMD:LED_0603_1608Metric", "D?", ""),
        ("LED", "LEDs", "LED_RED", "LED_0603", "", "LED RED 0603", "Device:LED", "LED_SMD:LED_0603_1608Metric", "D?", ""),
        ("LED", "LEDs", "LED", "LED0805", "", "Standard LEDs - SMD Red 0805", "Device:LED", "LED_SMD:LED_0805_2012Metric", "LED?", ""),
        ("LED", "LEDs", "LED", "LED_3MM", "", "LED RED 3MM RIGHT ANGLE", "", "", "D?", ""),
        ("LED", "LEDs", "LED", "LED-5MM", "", "LED RGB 5MM 4 LEADS", "", "", "D?", ""),
        ("LED", "LEDs", "LED_RGB", "LED0805", "", "LED RGB 0805", "", "", "D?", ""),
        ("diode", "Diodes Incorporated", "B340A-13-F", "DIOM5226X240N", "DO-214AC, SMA", "DIODE SCHOTTKY 40V 3A SMA", "Device:D_Schottky", "Diode_SMD:D_SMA", "D?", ""),
        ("diode", "ON Semiconductor", "MBR0530T1G", "SOD-123", "SOD-123", "DIODE SCHOTTKY 30V 500MA SOD123", "Device:D_Schottky", "Diode_SMD:D_SOD-123", "D?", ""),
        ("diode", "Nexperia", "1N4148W", "SOD-123", "SOD-123", "DIODE GEN PURP 100V 150MA SOD123", "Device:D", "Diode_SMD:D_SOD-123", "D?", ""),
        ("diode", "Diodes Incorporated", "BZT52C3V3", "SOD123", "SOD-123", "DIODE ZENER 3.3V 500MW SOD123", "Device:D_Zener", "Diode_SMD:D_SOD-123", "D?", ""),
        ("diode", "Vishay", "S1M-E3/61T", "DO-214AC", "DO-214AC, SMA", "DIODE GEN PURP 1KV 1A DO214AC", "Device:D", "Diode_SMD:D_SMA", "D?", ""),
        ("diode", "Vishay", "LL4148", "SOD-80", "DO-213AC, MINI-MELF, SOD-80", "DIODE GEN PURP 100V 200MA MINIMELF", "Device:D", "Diode_SMD:D_MiniMELF", "D?", ""),
        ("diode", "Diodes", "DIODE", "SOD-123", "", "DIODE GEN PURP 100V SOD-323", "", "", "D?", ""),
        ("diode", "Diodes", "DIODE", "SMB", "DO-214AC, SMA", "DIODE GEN PURP 1A", "", "", "D?", ""),
        ("diode", "Diodes", "LED", "D_SOD-123", "", "LED RED", "", "", "D?", ""),
        ("diode", "Diodes", "D_Zener", "SOD-123", "", "DIODE ZENER DUAL COMMON ANODE", "", "", "D?", ""),
        ("diode", "Nexperia", "PESD5V0S1BL", "SOD-882", "2-XFDFN", "TVS DIODE 5VWM SOD882", "", "", "D?", ""),
        ("diode", "Nexperia", "BZX84-C5V1", "SOT-23", "TO-236-3, SC-59, SOT-23-3", "DIODE ZENER 5.1V 250MW TO236AB", "", "", "D?", "Package_TO_SOT_SMD:SOT-23"),
        ("crystal", "Abracon", "XTAL", "XTAL_3.2x2.5_4P", "4-SMD, No Lead", "CRYSTAL 16.0000MHZ 18PF SMD", "Device:Crystal_GND24", "Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm", "Y?", ""),
        ("crystal", "Crystals", "XTAL", "XTAL_HC49S_SMD", "", "CRYSTAL 8.0000MHZ 20PF SMD", "Device:Crystal", "Crystal:Crystal_SMD_HC49-SD", "Y?", ""),
        ("crystal", "Crystals", "Crystal", "XTAL_3225_4PAD", "", "Crystals 16MHz 18pF 3.2 x 2.5mm", "Device:Crystal_GND24", "Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm", "Y?", ""),
        ("crystal", "Abracon", "ABM8-16.000MHZ-B2-T", "ABM8", "4-SMD, No Lead", "CRYSTAL 16.0000MHZ 18PF SMD", "", "", "Y?", ""),
        ("crystal", "Crystals", "XTAL", "XTAL_3225_4PAD", "", "OSC MEMS 32.768KHZ", "", "", "Y?", ""),
        ("crystal", "Crystals", "XTAL", "HC49/US", "", "CRYSTAL 8.0000MHZ 20PF 3 LEADS", "", "", "Y?", ""),
        ("header", "Samtec", "TSW-104-07-G-S", "HDR1X4", "", "CONN HEADER VERT 4POS 2.54MM", "Connector_Generic:Conn_01x04", "Connector_PinHeader_2.54mm:PinHeader_1x04_P2.54mm_Vertical", "J?", ""),
        ("header", "Samtec", "SSW-104-01-G-S", "HDR1X4", "", "CONN RCPT 4POS 0.1 GOLD PCB", "Connector_Generic:Conn_01x04", "Connector_PinSocket_2.54mm:PinSocket_1x04_P2.54mm_Vertical", "J?", ""),
        ("header", "Connectors", "CONN_01X06", "CONN_1x06_2.54mm", "", "", "Connector_Generic:Conn_01x06", "Connector_PinHeader_2.54mm:PinHeader_1x06_P2.54mm_Vertical", "J?", ""),
        ("header", "Connectors", "CONN_HEADER", "PIN_HEADER_2X3_2.54MM", "", "", "Connector_Generic:Conn_02x03_Odd_Even", "Connector_PinHeader_2.54mm:PinHeader_2x03_P2.54mm_Vertical", "J?", ""),
        ("header", "Connectors", "Conn_02x05_Odd_Even", "PinSocket_2x05_P2.54mm_Vertical", "", "CONN RCPT 10POS 2.54MM", "Connector_Generic:Conn_02x05_Odd_Even", "Connector_PinSocket_2.54mm:PinSocket_2x05_P2.54mm_Vertical", "J?", ""),
        ("header", "Connectors", "Header 5X2", "HDR2X5", "", "CONN HEADER VERT 10POS 2MM", "", "", "J?", ""),
        ("header", "Connectors", "Header 5X2", "HDR2X5_2MM", "", "CONN HEADER VERT 10POS 2MM", "Connector_Generic:Conn_02x05_Odd_Even", "Connector_PinHeader_2.00mm:PinHeader_2x05_P2.00mm_Vertical", "J?", ""),
        ("header", "Connectors", "HEADER", "HDR1X4", "", "Headers & Wire Housings 4P STRAIGHT 2.54MM", "Connector_Generic:Conn_01x04", "Connector_PinHeader_2.54mm:PinHeader_1x04_P2.54mm_Vertical", "J?", ""),
        ("header", "Connectors", "Header 8", "HDR1X8", "", "CONN HEADER VERT 8POS 2.54MM GOLD SHROUDED", "", "", "J?", ""),
        ("header", "Connectors", "Header 5X2", "MHDR2X5", "", "CONN HEADER VERT 10POS 2.54MM", "", "", "J?", ""),
        ("header", "Connectors", "Header 4", "HDR1X4", "", "CONN HEADER VERT 4POS 2.54MM", "", "", "R?", ""),
        ("IC/transistor", "ON Semiconductor", "MMBT3904LT1G", "SOT95P237X112-3N", "TO-236-3, SC-59, SOT-23-3", "TRANS NPN 40V 0.2A SOT23", "", "", "Q?", "Package_TO_SOT_SMD:SOT-23"),
        ("IC/transistor", "Texas Instruments", "TPS7A0233DBVR", "SOT95P280X145-5N", "SC-74A, SOT-753", "IC REG LINEAR 3.3V 200MA SOT23-5", "", "", "U?", "Package_TO_SOT_SMD:SOT-23-5"),
        ("IC/transistor", "Texas Instruments", "LM358DR", "SOIC-8_3.9x4.9mm_P1.27mm", "8-SOIC (0.154\", 3.90mm Width)", "IC OPAMP GP 2 CIRCUIT 8SOIC", "", "", "U?", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm"),
        ("IC/transistor", "Texas Instruments", "SN74HC595PWR", "TSSOP-16_4.4x5mm_P0.65mm", "16-TSSOP (0.173\", 4.40mm Width)", "IC SHIFT REGISTER 8BIT 16TSSOP", "", "", "U?", "Package_SO:TSSOP-16_4.4x5mm_P0.65mm"),
        ("IC/transistor", "Microchip", "ATTINY1616-MNR", "QFN-20-1EP_3x3mm_P0.4mm_EP1.65x1.65mm", "20-VFQFN Exposed Pad", "IC MCU 8BIT 16KB FLASH 20VQFN", "", "", "U?", "Package_DFN_QFN:QFN-20-1EP_3x3mm_P0.4mm_EP1.65x1.65mm"),
        ("IC/transistor", "Microchip", "ATMEGA328P-AU", "TQFP-32_7x7mm_P0.8mm", "32-TQFP", "IC MCU 8BIT 32KB FLASH 32TQFP", "", "", "U?", "Package_QFP:TQFP-32_7x7mm_P0.8mm"),
        ("other", "Bourns", "MF-MSMF050-2", "FUSC4532X100N", "1812 (4532 Metric)", "PTC RESET FUSE 15V 500MA 1812", "", "", "F?", ""),
        ("other", "Fuses", "Fuse", "FUSE_0603", "0603 (1608 Metric)", "FUSE BOARD MNT 1A 32VAC 0603", "", "", "F?", ""),
        ("ferrite bead", "Inductors", "FB", "L0603", "", "FIXED IND 10UH 300MA 0603", "", "", "L?", ""),
        ("LED", "Diodes", "LED", "D0603", "", "DIODE GEN PURP 100V 0603", "", "", "D?", ""),
        ("other", "Capacitors", "CAP", "C0603", "", "CAP CER 0.1UF 50V X7R 0603", "", "", "C?", ""),
    ]
    for f in F:
        fam, table, libref, fp, pkg, desc, sym, fpexp, des, sug = f
        row(fam, table, libref, fp, pkg, desc, sym, fpexp, des, sug, note="field")
    # the last one: an MLCC that is perfectly fine, kept as a positive
    rows[-1][5], rows[-1][6] = "Device:C", "Capacitor_SMD:C_0603_1608Metric"

resistors(); capacitors(); tantalum(); inductors(); beads(); leds(); diodes(); crystals(); headers(); ics(); others(); field()

# the row "family from symbol letter only": Library Ref "R" is a strong resistor symbol name -> mapped
for r in rows:
    if r[10] == "no description, family from symbol letter only":
        r[5], r[6] = "Device:R", "Resistor_SMD:R_0805_2012Metric"
        r[10] = "symbol R, footprint R0805"

# A bare 0402/0603 in a footprint name is imperial only by Altium's convention (metric-named libraries call an
# imperial 0201 "C0603"): without a package text or a description naming the size, the mapping is not certain.
import re as _re
for r in rows:
    m = _re.search(r"_(0402|0603)_(1005|1608)Metric", r[6])
    if not m:
        continue
    imp = m.group(1)
    if not _re.fullmatch(r"[A-Za-z_ \-]*" + imp + r"(_HandSolder|_HS)?", r[2]):
        continue
    confirmed = r[3] != "" or imp in _re.split(r"[^0-9A-Za-z]+", r[4])
    if not confirmed:
        r[5], r[6] = "", ""
        r[10] = (r[10] + "; " if r[10] else "") + "bare " + imp + " unconfirmed by package text or description"

out = os.path.join(os.path.dirname(__file__), "..", "resources", "mapping", "labeled-parts.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["table", "Library Ref", "Footprint Ref", "Package / Case", "Description", "expected_symbol",
                "expected_footprint", "Designator", "suggested_footprint", "family", "note"])
    w.writerows(rows)
print(len(rows), "rows;", sum(1 for r in rows if r[6]), "expected mapped")
