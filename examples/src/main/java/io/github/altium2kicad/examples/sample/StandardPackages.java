package io.github.altium2kicad.examples.sample;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The semiconductor packages the sample uses, each with its IPC-7351, Altium and house footprint names and, where
 * the land pattern alone settles it, KiCad's standard footprint ({@code null} where it depends on the device, such as
 * the exposed-pad size of a QFN).
 */
final class StandardPackages {

    // ---- two-terminal diode packages ----
    static final PackageSpec SOD_123 = smd("SOD-123", "SOD-123", 2, "SOD3716X135N", "SOD-123", "DIODE SOD-123",
            "Diodes", "Diode_SMD:D_SOD-123");
    static final PackageSpec SOD_123F = smd("SOD-123F", "SOD-123F", 2, "SODFL3718X110N", "SOD-123F",
            "DIODE SOD-123F", "Diodes", "Diode_SMD:D_SOD-123F");
    static final PackageSpec SOD_323 = smd("SOD-323", "SC-76, SOD-323", 2, "SOD2513X110N", "SOD-323",
            "DIODE SOD-323", "Diodes", "Diode_SMD:D_SOD-323");
    static final PackageSpec SOD_323F = smd("SOD-323F", "SC-90, SOD-323F", 2, "SODFL2513X80N", "SOD-323F",
            "DIODE SOD-323F", "Diodes", "Diode_SMD:D_SOD-323F");
    static final PackageSpec SOD_523 = smd("SOD-523", "SC-79, SOD-523", 2, "SOD1608X65N", "SOD-523",
            "DIODE SOD-523", "Diodes", "Diode_SMD:D_SOD-523");
    static final PackageSpec SOD_923 = smd("SOD-923", "SOD-923", 2, "SOD1006X40N", "SOD-923", "DIODE SOD-923",
            "Diodes", "Diode_SMD:D_SOD-923");
    static final PackageSpec SMA = smd("SMA", "DO-214AC, SMA", 2, "DIOM5226X240N", "SMA", "DIODE SMA_DO214AC",
            "Diodes", "Diode_SMD:D_SMA");
    static final PackageSpec SMB = smd("SMB", "DO-214AA, SMB", 2, "DIOM5436X265N", "SMB", "DIODE SMB_DO214AA",
            "Diodes", "Diode_SMD:D_SMB");
    static final PackageSpec SMC = smd("SMC", "DO-214AB, SMC", 2, "DIOM7959X262N", "SMC", "DIODE SMC_DO214AB",
            "Diodes", "Diode_SMD:D_SMC");
    static final PackageSpec MINI_MELF = smd("MiniMELF", "DO-213AC, MINI-MELF, SOD-80", 2, "DIOMELF3516N",
            "MINIMELF", "DIODE MINIMELF_SOD80", "Diodes", "Diode_SMD:D_MiniMELF");
    static final PackageSpec DO_35 = tht("DO-35", "DO-204AH, DO-35, Axial", 2, "DIOAD762W56L430D200", "DO-35",
            "DIODE DO35_7.62", "Diodes_THT", "Diode_THT:D_DO-35_SOD27_P7.62mm_Horizontal");
    static final PackageSpec DO_41 = tht("DO-41", "DO-204AL, DO-41, Axial", 2, "DIOAD1016W86L520D270", "DO-41",
            "DIODE DO41_10.16", "Diodes_THT", "Diode_THT:D_DO-41_SOD81_P10.16mm_Horizontal");
    static final PackageSpec DO_15 = tht("DO-15", "DO-204AC, DO-15, Axial", 2, "DIOAD1016W86L760D360", "DO-15",
            "DIODE DO15_10.16", "Diodes_THT", "Diode_THT:D_DO-15_P10.16mm_Horizontal");
    static final PackageSpec DO_201AD = tht("DO-201AD", "DO-201AD, Axial", 2, "DIOAD1524W130L950D530", "DO-201AD",
            "DIODE DO201AD_15.24", "Diodes_THT", "Diode_THT:D_DO-201AD_P15.24mm_Horizontal");

    // ---- small-outline transistor packages ----
    static final PackageSpec SOT_23 = smd("SOT-23", "TO-236-3, SC-59, SOT-23-3", 3, "SOT95P237X112-3N", "SOT-23",
            "SOT23-3", "SOT", "Package_TO_SOT_SMD:SOT-23");
    static final PackageSpec SOT_23_5 = smd("SOT-23-5", "SOT-23-5", 5, "SOT95P280X145-5N", "SOT23-5", "SOT23-5",
            "SOT", "Package_TO_SOT_SMD:SOT-23-5");
    static final PackageSpec SOT_23_6 = smd("SOT-23-6", "SOT-23-6", 6, "SOT95P280X145-6N", "SOT23-6", "SOT23-6",
            "SOT", "Package_TO_SOT_SMD:SOT-23-6");
    static final PackageSpec SOT_143 = smd("SOT-143", "TO-253-4, TO-253AA", 4, "SOT190P240X110-4N", "SOT-143",
            "SOT143-4", "SOT", "Package_TO_SOT_SMD:SOT-143");
    static final PackageSpec SOT_323 = smd("SOT-323", "SC-70, SOT-323", 3, "SOT65P210X110-3N", "SOT-323",
            "SC70-3", "SOT", "Package_TO_SOT_SMD:SOT-323_SC-70");
    static final PackageSpec SC_70_5 = smd("SC-70-5", "5-TSSOP, SC-70-5, SOT-353", 5, "SOT65P210X110-5N", "SC70-5",
            "SC70-5", "SOT", "Package_TO_SOT_SMD:SOT-353_SC-70-5");
    static final PackageSpec SOT_223 = smd("SOT-223", "TO-261-4, TO-261AA", 3, "SOT230P700X180-4N", "SOT-223",
            "SOT223-3", "SOT", "Package_TO_SOT_SMD:SOT-223-3_TabPin2");
    static final PackageSpec SOT_89 = smd("SOT-89", "TO-243AA", 3, "SOT150P460X160-4N", "SOT-89", "SOT89-3",
            "SOT", "Package_TO_SOT_SMD:SOT-89-3");
    static final PackageSpec TO_252 = smd("TO-252", "TO-252-3, DPak (2 Leads + Tab), SC-63", 3, "TO228P994X238-3N",
            "DPAK", "TO252-3_DPAK", "TO", "Package_TO_SOT_SMD:TO-252-2");
    static final PackageSpec TO_263 = smd("TO-263", "TO-263-3, D²Pak (2 Leads + Tab), TO-263AB", 3,
            "TO254P1524X483-3N", "D2PAK", "TO263-3_D2PAK", "TO", "Package_TO_SOT_SMD:TO-263-2");
    static final PackageSpec TO_263_5 = smd("TO-263-5", "TO-263-6, D²Pak (5 Leads + Tab), TO-263BA", 5,
            "TO170P1524X483-6N", "D2PAK-5", "TO263-5_D2PAK", "TO", "Package_TO_SOT_SMD:TO-263-5_TabPin3");
    static final PackageSpec TO_92 = tht("TO-92", "TO-226-3, TO-92-3 (TO-226AA)", 3, "TO127P470H508-3", "TO-92A",
            "TO92-3_INLINE", "TO_THT", "Package_TO_SOT_THT:TO-92_Inline");
    static final PackageSpec TO_220 = tht("TO-220-3", "TO-220-3", 3, "TO254P470X1016X1905-3", "TO-220-3",
            "TO220-3_V", "TO_THT", "Package_TO_SOT_THT:TO-220-3_Vertical");

    // ---- integrated-circuit packages ----
    static final PackageSpec SOIC_8 = smd("SOIC-8", "8-SOIC (0.154\", 3.90mm Width)", 8, "SOIC127P600X175-8N",
            "SO-8", "SOIC-8_150mil", "SOIC", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm");
    static final PackageSpec SOIC_8_WIDE = smd("SOIC-8 208mil", "8-SOIC (0.209\", 5.30mm Width)", 8,
            "SOIC127P790X216-8N", "SO-8W", "SOIC-8_208mil", "SOIC", null);
    static final PackageSpec SOIC_8_EP = smd("SOIC-8-EP", "8-PowerSOIC (0.154\", 3.90mm Width)", 8,
            "SOIC127P600X170-9N", "SO-8EP", "SOIC-8-EP_150mil", "SOIC", null);
    static final PackageSpec SOIC_14 = smd("SOIC-14", "14-SOIC (0.154\", 3.90mm Width)", 14, "SOIC127P600X175-14N",
            "SO-14", "SOIC-14_150mil", "SOIC", "Package_SO:SOIC-14_3.9x8.7mm_P1.27mm");
    static final PackageSpec SOIC_16 = smd("SOIC-16", "16-SOIC (0.154\", 3.90mm Width)", 16, "SOIC127P600X175-16N",
            "SO-16", "SOIC-16_150mil", "SOIC", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm");
    static final PackageSpec SOIC_16_WIDE = smd("SOIC-16W", "16-SOIC (0.295\", 7.50mm Width)", 16,
            "SOIC127P1030X265-16N", "SO-16W", "SOIC-16_300mil", "SOIC", "Package_SO:SOIC-16W_7.5x10.3mm_P1.27mm");
    static final PackageSpec SOIC_18_WIDE = smd("SOIC-18W", "18-SOIC (0.295\", 7.50mm Width)", 18,
            "SOIC127P1030X265-18N", "SO-18W", "SOIC-18_300mil", "SOIC", "Package_SO:SOIC-18W_7.5x11.6mm_P1.27mm");
    static final PackageSpec TSSOP_8 = smd("TSSOP-8", "8-TSSOP (0.173\", 4.40mm Width)", 8, "SOP65P640X120-8N",
            "TSSOP-8", "TSSOP-8_4.4mm", "TSSOP", "Package_SO:TSSOP-8_4.4x3mm_P0.65mm");
    static final PackageSpec TSSOP_14 = smd("TSSOP-14", "14-TSSOP (0.173\", 4.40mm Width)", 14, "SOP65P640X120-14N",
            "TSSOP-14", "TSSOP-14_4.4mm", "TSSOP", "Package_SO:TSSOP-14_4.4x5mm_P0.65mm");
    static final PackageSpec TSSOP_16 = smd("TSSOP-16", "16-TSSOP (0.173\", 4.40mm Width)", 16, "SOP65P640X120-16N",
            "TSSOP-16", "TSSOP-16_4.4mm", "TSSOP", "Package_SO:TSSOP-16_4.4x5mm_P0.65mm");
    static final PackageSpec TSSOP_20 = smd("TSSOP-20", "20-TSSOP (0.173\", 4.40mm Width)", 20, "SOP65P640X120-20N",
            "TSSOP-20", "TSSOP-20_4.4mm", "TSSOP", "Package_SO:TSSOP-20_4.4x6.5mm_P0.65mm");
    static final PackageSpec TSSOP_24 = smd("TSSOP-24", "24-TSSOP (0.173\", 4.40mm Width)", 24, "SOP65P640X120-24N",
            "TSSOP-24", "TSSOP-24_4.4mm", "TSSOP", "Package_SO:TSSOP-24_4.4x7.8mm_P0.65mm");
    static final PackageSpec MSOP_8 = smd("MSOP-8", "8-TSSOP, 8-MSOP (0.118\", 3.00mm Width)", 8, "SOP65P490X110-8N",
            "MSOP-8", "MSOP-8_3x3", "MSOP", "Package_SO:MSOP-8_3x3mm_P0.65mm");
    static final PackageSpec MSOP_10 = smd("MSOP-10", "10-TFSOP, 10-MSOP (0.118\", 3.00mm Width)", 10,
            "SOP50P490X110-10N", "MSOP-10", "MSOP-10_3x3", "MSOP", "Package_SO:MSOP-10_3x3mm_P0.5mm");
    static final PackageSpec SSOP_20_NARROW = smd("SSOP-20", "20-SSOP (0.154\", 3.90mm Width)", 20,
            "SOP64P600X175-20N", "SSOP-20", "SSOP-20_150mil", "SSOP", "Package_SO:SSOP-20_3.9x8.7mm_P0.635mm");
    static final PackageSpec SSOP_28 = smd("SSOP-28", "28-SSOP (0.209\", 5.30mm Width)", 28, "SOP65P780X200-28N",
            "SSOP-28", "SSOP-28_208mil", "SSOP", "Package_SO:SSOP-28_5.3x10.2mm_P0.65mm");
    static final PackageSpec DFN_8_2X2 = smd("DFN-8 2x2", "8-UDFN Exposed Pad", 8, "SON50P200X200X60-9N", "DFN-8",
            "DFN-8_2x2_P0.5", "QFN", null);
    static final PackageSpec QFN_16_3X3 = smd("QFN-16 3x3", "16-VQFN Exposed Pad", 16, "QFN50P300X300X100-17N",
            "QFN-16", "QFN-16_3x3_P0.5", "QFN", null);
    static final PackageSpec QFN_24_4X4 = smd("QFN-24 4x4", "24-VFQFN Exposed Pad", 24, "QFN50P400X400X100-25N",
            "QFN-24", "QFN-24_4x4_P0.5", "QFN", null);
    static final PackageSpec QFN_32_5X5 = smd("QFN-32 5x5", "32-VFQFN Exposed Pad", 32, "QFN50P500X500X100-33N",
            "QFN-32", "QFN-32_5x5_P0.5", "QFN", null);
    static final PackageSpec QFN_48_6X6 = smd("QFN-48 6x6", "48-VFQFN Exposed Pad", 48, "QFN40P600X600X90-49N",
            "QFN-48", "QFN-48_6x6_P0.4", "QFN", null);
    static final PackageSpec QFN_48_7X7 = smd("QFN-48 7x7", "48-VFQFN Exposed Pad", 48, "QFN50P700X700X100-49N",
            "QFN-48", "QFN-48_7x7_P0.5", "QFN", null);
    static final PackageSpec QFN_56_7X7 = smd("QFN-56 7x7", "56-VFQFN Exposed Pad", 56, "QFN40P700X700X90-57N",
            "QFN-56", "QFN-56_7x7_P0.4", "QFN", null);
    static final PackageSpec LQFP_48 = smd("LQFP-48", "48-LQFP", 48, "QFP50P900X900X160-48N", "LQFP-48",
            "LQFP-48_7x7_P0.5", "QFP", "Package_QFP:LQFP-48_7x7mm_P0.5mm");
    static final PackageSpec LQFP_64 = smd("LQFP-64", "64-LQFP", 64, "QFP50P1200X1200X160-64N", "LQFP-64",
            "LQFP-64_10x10_P0.5", "QFP", "Package_QFP:LQFP-64_10x10mm_P0.5mm");
    static final PackageSpec LQFP_100 = smd("LQFP-100", "100-LQFP", 100, "QFP50P1600X1600X160-100N", "LQFP-100",
            "LQFP-100_14x14_P0.5", "QFP", "Package_QFP:LQFP-100_14x14mm_P0.5mm");
    static final PackageSpec TQFP_32 = smd("TQFP-32", "32-TQFP", 32, "QFP80P900X900X120-32N", "TQFP-32",
            "TQFP-32_7x7_P0.8", "QFP", "Package_QFP:TQFP-32_7x7mm_P0.8mm");
    static final PackageSpec TQFP_44 = smd("TQFP-44", "44-TQFP", 44, "QFP80P1200X1200X120-44N", "TQFP-44",
            "TQFP-44_10x10_P0.8", "QFP", "Package_QFP:TQFP-44_10x10mm_P0.8mm");
    static final PackageSpec TQFP_48 = smd("TQFP-48", "48-TQFP", 48, "QFP50P900X900X120-48N", "TQFP-48",
            "TQFP-48_7x7_P0.5", "QFP", "Package_QFP:TQFP-48_7x7mm_P0.5mm");
    static final PackageSpec DIP_8 = dip(8, "959");
    static final PackageSpec DIP_14 = dip(14, "1930");
    static final PackageSpec DIP_16 = dip(16, "1930");
    static final PackageSpec DIP_18 = dip(18, "2286");
    static final PackageSpec DIP_28 = dip(28, "3556");
    static final PackageSpec ESP32_WROOM_32 = smd("ESP32-WROOM-32", "Module", 38, "MODULE_ESP32-WROOM-32",
            "ESP32-WROOM-32", "MOD ESP32-WROOM-32", "Modules", "RF_Module:ESP32-WROOM-32");

    private StandardPackages() {
    }

    /** The constant of that field name ({@code SOIC_8}), for catalogs written as text. */
    static PackageSpec named(String fieldName) {
        try {
            Field field = StandardPackages.class.getDeclaredField(fieldName);
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == PackageSpec.class) {
                return (PackageSpec) field.get(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException("no standard package named " + fieldName, e);
        }
        throw new IllegalArgumentException("no standard package named " + fieldName);
    }

    private static PackageSpec smd(String code, String caseName, int pins, String ipc, String altium, String house,
                                   String library, String kicad) {
        return new PackageSpec(code, caseName, PackageSpec.SMD, pins, ipc, altium, house, library, kicad);
    }

    private static PackageSpec tht(String code, String caseName, int pins, String ipc, String altium, String house,
                                   String library, String kicad) {
        return new PackageSpec(code, caseName, PackageSpec.THT, pins, ipc, altium, house, library, kicad);
    }

    private static PackageSpec dip(int pins, String bodyLength) {
        return new PackageSpec("DIP-" + pins, pins + "-DIP (0.300\", 7.62mm)", PackageSpec.THT, pins,
                "DIP762W52P254L" + bodyLength + "H508Q" + pins, "DIP-" + pins, "DIP-" + pins + "_300mil", "DIP",
                "Package_DIP:DIP-" + pins + "_W7.62mm");
    }
}
