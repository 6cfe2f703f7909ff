package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code Obsolete Parts} table: about twenty parts the company retired. It exists in the database but its
 * {@code [TableN]} entry says {@code Enabled=False}, so Altium (and a faithful migration) does not offer it.
 */
final class ObsoletePartCatalog {

    static final String TABLE = "Obsolete Parts";

    private static final String LIFECYCLE = "Lifecycle Status";
    private static final String LAST_TIME_BUY = "Last Time Buy";
    private static final String REPLACEMENT = "Replacement Part Number";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "OBS", List.of(LIFECYCLE, LAST_TIME_BUY, REPLACEMENT));

    private ObsoletePartCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        PackageSpec tantalumA = new PackageSpec("EIA-3216-18 (A)", "1206 (3216 Metric)", PackageSpec.SMD, 2,
                "CAPMP3216X180N", "CASE-A_3216", "CAP TANT A_3216-18", "Tantalum",
                "Capacitor_Tantalum_SMD:CP_EIA-3216-18_Kemet-A");
        PackageSpec led3mm = new PackageSpec("3mm", "Radial", PackageSpec.THT, 2, "LEDRD254W45D380H530", "LED-3MM",
                "LED 3MM_THT", "LEDs_THT", "LED_THT:LED_D3.0mm");
        PackageSpec kk254 = new PackageSpec("KK 254 1x04", "Header", PackageSpec.THT, 4, "MOLEX_22-27-2041",
                "KK-4", "CONN KK254 4P V", "Connectors",
                "Connector_Molex:Molex_KK-254_AE-6410-04A_1x04_P2.54mm_Vertical");
        PackageSpec lqfp32 = new PackageSpec("LQFP-32", "32-LQFP", PackageSpec.SMD, 32, "QFP80P900X900X160-32N",
                "LQFP-32", "LQFP-32_7x7_P0.8", "QFP", "Package_QFP:LQFP-32_7x7mm_P0.8mm");
        specs.add(obsolete(random, "MAX232", "Interface", StandardPackages.DIP_16, "Dual RS-232 driver/receiver, PDIP-16",
                "MAX232", Manufacturer.MAXIM, "MAX232CPE+", "2019-06-30", "MAX232N",
                PartFamily.INTERFACE, "Interface_UART:MAX232", StandardPackages.DIP_16.kicadFootprint()));
        specs.add(obsolete(random, "LM7805", "Power", StandardPackages.TO_220, "Voltage regulator 5V 1A TO-220",
                "LM7805", Manufacturer.ONSEMI, "LM7805CT", "2016-12-31", "L7805CV",
                PartFamily.REGULATOR, "Regulator_Linear:LM7805_TO220", StandardPackages.TO_220.kicadFootprint()));
        specs.add(obsolete(random, "ATmega8-16PU", "MCU", StandardPackages.DIP_28, "8-bit AVR MCU 8KB Flash PDIP-28",
                "ATmega8", Manufacturer.MICROCHIP, "ATMEGA8-16PU", "2020-03-31", "ATMEGA328P-PU",
                PartFamily.MICROCONTROLLER, "MCU_Microchip_ATmega:ATmega8-16P", "Package_DIP:DIP-28_W7.62mm"));
        specs.add(obsolete(random, "PIC16F84A", "MCU", StandardPackages.DIP_18, "8-bit PIC MCU 1.75KB Flash PDIP-18",
                "PIC16F84A", Manufacturer.MICROCHIP, "PIC16F84A-04/P", "2018-09-30", "PIC16F628A-I/P",
                PartFamily.MICROCONTROLLER, "MCU_Microchip_PIC16:PIC16F84A-XXP", "Package_DIP:DIP-18_W7.62mm"));
        specs.add(obsolete(random, "LM317L", "Power", StandardPackages.TO_92, "100mA adjustable regulator TO-92",
                "LM317L", Manufacturer.TEXAS_INSTRUMENTS, "LM317LZ/NOPB", "2021-01-31", "LM317LIPK",
                PartFamily.REGULATOR, "Regulator_Linear:LM317L_TO92", StandardPackages.TO_92.kicadFootprint()));
        specs.add(obsolete(random, "SN75176B", "Interface", StandardPackages.DIP_8, "Differential bus transceiver PDIP-8",
                "SN75176B", Manufacturer.TEXAS_INSTRUMENTS, "SN75176BP", "2017-05-31", "SN65HVD3082EP",
                PartFamily.INTERFACE, "Interface_UART:SN75176AP", StandardPackages.DIP_8.kicadFootprint()));
        specs.add(obsolete(random, "74HC595", "Logic", StandardPackages.DIP_16, "8-bit shift register PDIP-16",
                "74HC595", Manufacturer.NXP, "74HC595N,112", "2015-10-31", "SN74HC595N",
                PartFamily.LOGIC, "74xx:74HC595", StandardPackages.DIP_16.kicadFootprint()));
        specs.add(obsolete(random, "FT232BL", "Interface", lqfp32, "USB UART IC, LQFP-32", "FT232BL", Manufacturer.FTDI,
                "FT232BL-REEL", "2019-12-31", "FT232RL-REEL",
                PartFamily.INTERFACE, null, lqfp32.kicadFootprint()));
        specs.add(obsolete(random, "Diode", "Diodes", StandardPackages.DO_41, "DIODE GEN PURP 50V 1A DO41", "1N4001",
                Manufacturer.DIODES_INC, "1N4001-T", "2014-07-31", "1N4001RLG",
                PartFamily.DIODE, "Device:D", StandardPackages.DO_41.kicadFootprint()));
        specs.add(obsolete(random, "Diode", "Diodes", StandardPackages.MINI_MELF, "Small signal diode 75V MiniMELF",
                "LL4148", Manufacturer.TAIWAN_SEMI, "LL4148 L1G", "2016-03-31", "LL4148-GS08",
                PartFamily.DIODE, "Device:D", StandardPackages.MINI_MELF.kicadFootprint()));
        specs.add(obsolete(random, "Res1", "Miscellaneous Devices", ResistorCatalog.AXIAL,
                "Carbon Film Resistor 10 kΩ ±5% 1/4W Axial", "10k", Manufacturer.YAGEO, "CFR-25JB-52-10K",
                "2018-01-31", "MFR-25FBF52-10K", PartFamily.RESISTOR, "Device:R", ResistorCatalog.AXIAL.kicadFootprint()));
        PackageSpec r0603 = ResistorCatalog.chipPackage(ChipSize.C0603);
        specs.add(obsolete(random, "Resistor", "Passives", r0603, "Thick Film Resistor 10 kΩ ±1% 0.1W 0603", "10k",
                Manufacturer.ROHM, "MCR03EZPFX1002", "2020-08-31", "RC0603FR-0710KL",
                PartFamily.RESISTOR, "Device:R", r0603.kicadFootprint()));
        PackageSpec c0603 = CapacitorCatalog.mlccPackage(ChipSize.C0603);
        specs.add(obsolete(random, "Capacitor", "Passives", c0603, "CAP CER 0.1UF 50V X7R 0603", "100nF",
                Manufacturer.PANASONIC, "ECJ-1VB1H104K", "2019-02-28", "CL10B104KB8NNNC",
                PartFamily.CAPACITOR_CERAMIC, "Device:C", c0603.kicadFootprint()));
        specs.add(obsolete(random, "Capacitor", "Passives", c0603, "CAP CER 1UF 16V X7R 0603", "1µF",
                Manufacturer.MURATA, "GRM188R71C105KA12D", "2021-06-30", "CL10B105KO8NNNC",
                PartFamily.CAPACITOR_CERAMIC, "Device:C", c0603.kicadFootprint()));
        specs.add(obsolete(random, "CAP_POL", "Passives", tantalumA, "Tantalum Capacitor 10 µF ±10% 16V Case A",
                "10µF", Manufacturer.KYOCERA_AVX, "TAJA106K016R", "2017-11-30", "TAJA106K016RNJ",
                PartFamily.CAPACITOR_TANTALUM, "Device:C_Polarized", tantalumA.kicadFootprint()));
        specs.add(obsolete(random, "NPN", "Transistors", StandardPackages.TO_92, "TRANS NPN 45V 0.1A TO-92", "BC547B",
                Manufacturer.NXP, "BC547B,112", "2015-06-30", "BC547BTA",
                PartFamily.TRANSISTOR_BJT, "Transistor_BJT:BC547", StandardPackages.TO_92.kicadFootprint()));
        specs.add(obsolete(random, "LED", "Opto", led3mm, "LED green diffused 3mm", "Green", Manufacturer.KINGBRIGHT,
                "L-934GD", "2016-08-31", "WP710A10GD",
                PartFamily.LED, "Device:LED", led3mm.kicadFootprint()));
        specs.add(obsolete(random, "Crystal", "Crystals", CrystalCatalog.HC49_US, "CRYSTAL 10MHZ 20PF HC-49/U", "10MHz",
                Manufacturer.ECS, "ECS-100-20-4", "2013-04-30", "ECS-100-20-4X",
                PartFamily.CRYSTAL, "Device:Crystal", CrystalCatalog.HC49_US.kicadFootprint()));
        specs.add(obsolete(random, "Header 4", "Miscellaneous Connectors", kk254, "KK 254 header 4 pos vertical",
                "KK 4P", Manufacturer.MOLEX, "22-27-2041", "2019-09-30", "0022272041",
                PartFamily.CONNECTOR_OTHER, "Connector_Generic:Conn_01x04", kk254.kicadFootprint()));
        specs.add(obsolete(random, "W25Q32FV", "Memory", StandardPackages.SOIC_8_WIDE, "32M-bit SPI flash SOIC-8 208mil",
                "W25Q32FV", Manufacturer.WINBOND, "W25Q32FVSSIG", "2018-04-30", "W25Q32JVSSIQ",
                PartFamily.MEMORY, null, null));
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static PartSpec obsolete(Random random, String libraryRef, String symbolLibrary, PackageSpec pkg,
                                     String description, String value, Manufacturer manufacturer, String mpn,
                                     String lastTimeBuy, String replacement, PartFamily family, String kicadSymbol,
                                     String kicadFootprint) {
        return new PartSpec(libraryRef, symbolLibrary, pkg, description, value, manufacturer, mpn,
                mpn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                parameters(LIFECYCLE, random.nextDouble() < 0.7 ? "Obsolete" : "Last Time Buy",
                        LAST_TIME_BUY, lastTimeBuy, REPLACEMENT, replacement),
                new KicadExpectation(family, pkg.code(), pkg.pinCount(), kicadSymbol, kicadFootprint));
    }
}
