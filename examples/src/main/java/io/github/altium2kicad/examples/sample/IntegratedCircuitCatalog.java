package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code Integrated Circuits} table: op-amps, comparators, regulators, references, MCUs, interface, logic,
 * memory, timers and a few company-custom parts.
 *
 * <p>The certain KiCad symbol is KiCad's own part symbol; the certain footprint is that symbol's default footprint
 * where it has one, otherwise the package's standard footprint. Custom parts and exposed-pad packages without a
 * KiCad answer stay blank.
 */
final class IntegratedCircuitCatalog {

    static final String TABLE = "Integrated Circuits";

    private static final String CATEGORY = "Category";
    private static final String SUPPLY = "Voltage - Supply";
    private static final String TEMPERATURE = "Operating Temperature";
    private static final String GRADE = "Grade";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "IC", List.of(CATEGORY, SUPPLY, TEMPERATURE, GRADE))
            .withAlternates(0.2).withStyles(0.5, 0.3).withMpnComments(0.3).withFileLinks(0.08);

    /** A description longer than 500 characters, as some companies paste the datasheet's feature list. */
    static final String LONG_DESCRIPTION = "ARM® Cortex®-M3 32-bit RISC core operating at 72 MHz, 64 Kbytes of Flash "
            + "memory, 20 Kbytes of SRAM, CRC calculation unit, 96-bit unique ID; 2.0 to 3.6 V application supply "
            + "and I/Os; POR, PDR and programmable voltage detector (PVD); 4-to-16 MHz crystal oscillator, internal "
            + "8 MHz factory-trimmed RC, internal 40 kHz RC, PLL for CPU clock, 32 kHz oscillator for RTC with "
            + "calibration; Sleep, Stop and Standby modes; 2 x 12-bit 1 µs A/D converters (up to 10 channels), "
            + "temperature sensor; 7-channel DMA controller; up to 37 fast I/O ports (all 5 V tolerant); Serial "
            + "wire debug (SWD) and JTAG interfaces; 7 timers; up to 9 communication interfaces: 2 x I²C, 3 x USART, "
            + "2 x SPI (18 Mbit/s), CAN 2.0B Active, USB 2.0 full-speed; -40 °C ~ 85 °C; LQFP-48 7 x 7 mm";

    /**
     * One line per part: family; manufacturer; MPN; Altium symbol; Value; package (a {@link StandardPackages}
     * field); KiCad symbol ({@code -} for none); footprint ({@code =} the package's, {@code -} none, or a name);
     * category; supply; grade; description.
     */
    private static final String PARTS = """
            OPAMP;TEXAS_INSTRUMENTS;LM358DR;LM358;LM358;SOIC_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 2 CIRCUIT 8SOIC
            OPAMP;TEXAS_INSTRUMENTS;LM358P;LM358;LM358;DIP_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 2 CIRCUIT 8DIP
            OPAMP;TEXAS_INSTRUMENTS;LM358PWR;LM358;LM358;TSSOP_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 2 CIRCUIT 8TSSOP
            OPAMP;TEXAS_INSTRUMENTS;LM358DGKR;LM358;LM358;MSOP_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 2 CIRCUIT 8VSSOP
            OPAMP;ST;LM358DT;OpAmp Dual;LM358;SOIC_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 30V;Industrial;Low-power dual operational amplifier, SO-8
            OPAMP;ONSEMI;LM358DR2G;OpAmp Dual;LM358;SOIC_8;Amplifier_Operational:LM358;=;Op Amp, General Purpose;3V ~ 32V;Commercial;Dual Op Amp, Single Supply, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;LM2904DR;LM2904;LM2904;SOIC_8;Amplifier_Operational:LM2904;=;Op Amp, General Purpose;3V ~ 26V;Automotive;IC OPAMP GP 2 CIRCUIT 8SOIC
            OPAMP;TEXAS_INSTRUMENTS;LM2904PWR;LM2904;LM2904;TSSOP_8;Amplifier_Operational:LM2904;=;Op Amp, General Purpose;3V ~ 26V;Automotive;IC OPAMP GP 2 CIRCUIT 8TSSOP
            OPAMP;TEXAS_INSTRUMENTS;TL072CDR;TL072;TL072;SOIC_8;Amplifier_Operational:TL072;=;Op Amp, J-FET;±2.25V ~ ±20V;Commercial;Low-noise JFET-input dual op amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;TL072CP;TL072;TL072;DIP_8;Amplifier_Operational:TL072;=;Op Amp, J-FET;±2.25V ~ ±20V;Commercial;Low-noise JFET-input dual op amp, PDIP-8
            OPAMP;TEXAS_INSTRUMENTS;TL072IDR;OpAmp Dual;TL072;SOIC_8;Amplifier_Operational:TL072;=;Op Amp, J-FET;±2.25V ~ ±20V;Industrial;Low-noise JFET-input dual op amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;TL074CDR;TL074;TL074;SOIC_14;Amplifier_Operational:TL074;=;Op Amp, J-FET;±2.25V ~ ±20V;Commercial;Low-noise JFET-input quad op amp, SOIC-14
            OPAMP;TEXAS_INSTRUMENTS;TL074CN;TL074;TL074;DIP_14;Amplifier_Operational:TL074;=;Op Amp, J-FET;±2.25V ~ ±20V;Commercial;Low-noise JFET-input quad op amp, PDIP-14
            OPAMP;TEXAS_INSTRUMENTS;TL074CPWR;OpAmp Quad;TL074;TSSOP_14;Amplifier_Operational:TL074;=;Op Amp, J-FET;±2.25V ~ ±20V;Commercial;Low-noise JFET-input quad op amp, TSSOP-14
            OPAMP;TEXAS_INSTRUMENTS;LM324DR;LM324;LM324;SOIC_14;Amplifier_Operational:LM324;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 4 CIRCUIT 14SOIC
            OPAMP;TEXAS_INSTRUMENTS;LM324N;LM324;LM324;DIP_14;Amplifier_Operational:LM324;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 4 CIRCUIT 14DIP
            OPAMP;TEXAS_INSTRUMENTS;LM324PWR;OpAmp Quad;LM324;TSSOP_14;Amplifier_Operational:LM324;=;Op Amp, General Purpose;3V ~ 32V;Commercial;IC OPAMP GP 4 CIRCUIT 14TSSOP
            OPAMP;MICROCHIP;MCP6002-I/SN;MCP6002;MCP6002;SOIC_8;Amplifier_Operational:MCP6002-xSN;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, dual, SOIC-8
            OPAMP;MICROCHIP;MCP6002-I/MS;MCP6002;MCP6002;MSOP_8;Amplifier_Operational:MCP6002-xMS;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, dual, MSOP-8
            OPAMP;MICROCHIP;MCP6002-I/P;MCP6002;MCP6002;DIP_8;Amplifier_Operational:MCP6002-xP;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, dual, PDIP-8
            OPAMP;MICROCHIP;MCP6001T-I/OT;OpAmp;MCP6001;SOT_23_5;Amplifier_Operational:MCP6001-OT;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, SOT-23-5
            OPAMP;MICROCHIP;MCP6001UT-I/OT;OpAmp;MCP6001U;SOT_23_5;Amplifier_Operational:MCP6001U;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, SOT-23-5 (U pinout)
            OPAMP;MICROCHIP;MCP6001RT-I/OT;OpAmp;MCP6001R;SOT_23_5;Amplifier_Operational:MCP6001R;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, SOT-23-5 (R pinout)
            OPAMP;MICROCHIP;MCP6004-I/SL;MCP6004;MCP6004;SOIC_14;Amplifier_Operational:MCP6004;=;Op Amp, Rail-to-Rail;1.8V ~ 6V;Industrial;1 MHz, Low-Power Op Amp, quad, SOIC-14
            OPAMP;TEXAS_INSTRUMENTS;OPA340NA/3K;OpAmp;OPA340;SOT_23_5;Amplifier_Operational:OPA340NA;=;Op Amp, CMOS Rail-to-Rail;2.7V ~ 5.5V;Industrial;Single-Supply, Rail-to-Rail CMOS Op Amp, SOT-23-5
            OPAMP;TEXAS_INSTRUMENTS;OPA340UA;OPA340;OPA340;SOIC_8;Amplifier_Operational:OPA340UA;=;Op Amp, CMOS Rail-to-Rail;2.7V ~ 5.5V;Industrial;Single-Supply, Rail-to-Rail CMOS Op Amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;OPA340PA;OPA340;OPA340;DIP_8;Amplifier_Operational:OPA340P;=;Op Amp, CMOS Rail-to-Rail;2.7V ~ 5.5V;Industrial;Single-Supply, Rail-to-Rail CMOS Op Amp, PDIP-8
            OPAMP;TEXAS_INSTRUMENTS;OPA2340UA;OPA2340;OPA2340;SOIC_8;Amplifier_Operational:OPA2340;=;Op Amp, CMOS Rail-to-Rail;2.7V ~ 5.5V;Industrial;Dual Rail-to-Rail CMOS Op Amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;NE5532DR;NE5532;NE5532;SOIC_8;Amplifier_Operational:NE5532;=;Op Amp, Audio;±5V ~ ±15V;Commercial;Dual Low-Noise Op Amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;NE5532P;NE5532;NE5532;DIP_8;Amplifier_Operational:NE5532;=;Op Amp, Audio;±5V ~ ±15V;Commercial;Dual Low-Noise Op Amp, PDIP-8
            OPAMP;TEXAS_INSTRUMENTS;LMV358IDR;LMV358;LMV358;SOIC_8;Amplifier_Operational:LMV358;=;Op Amp, Rail-to-Rail Output;2.7V ~ 5.5V;Industrial;Dual Low-Voltage Rail-to-Rail Output Op Amp, SOIC-8
            OPAMP;TEXAS_INSTRUMENTS;LMV321IDBVR;OpAmp;LMV321;SOT_23_5;Amplifier_Operational:LMV321;=;Op Amp, Rail-to-Rail Output;2.7V ~ 5.5V;Industrial;Single Low-Voltage Rail-to-Rail Output Op Amp, SOT-23-5
            OPAMP;TEXAS_INSTRUMENTS;OPA333AIDBVR;OpAmp;OPA333;SOT_23_5;Amplifier_Operational:OPA333xxDBV;=;Op Amp, Zero-Drift;1.8V ~ 5.5V;Industrial;1.8V microPower CMOS zero-drift op amp, SOT-23-5
            OPAMP;TEXAS_INSTRUMENTS;OPA365AIDBVR;OpAmp;OPA365;SOT_23_5;Amplifier_Operational:OPA365xxDBV;=;Op Amp, Rail-to-Rail;2.2V ~ 5.5V;Industrial;50MHz zero-crossover low-distortion op amp, SOT-23-5
            COMPARATOR;TEXAS_INSTRUMENTS;LM393DR;LM393;LM393;SOIC_8;Comparator:LM393;=;Comparator, Differential;2V ~ 36V;Commercial;Dual Differential Comparator, SOIC-8
            COMPARATOR;TEXAS_INSTRUMENTS;LM393P;LM393;LM393;DIP_8;Comparator:LM393;=;Comparator, Differential;2V ~ 36V;Commercial;Dual Differential Comparator, PDIP-8
            COMPARATOR;TEXAS_INSTRUMENTS;LM339DR;LM339;LM339;SOIC_14;Comparator:LM339;=;Comparator, Differential;2V ~ 36V;Commercial;Quad Differential Comparator, SOIC-14
            COMPARATOR;TEXAS_INSTRUMENTS;LM339N;LM339;LM339;DIP_14;Comparator:LM339;=;Comparator, Differential;2V ~ 36V;Commercial;Quad Differential Comparator, PDIP-14
            COMPARATOR;TEXAS_INSTRUMENTS;TLV7031DBVR;Comparator;TLV7031;SOT_23_5;Comparator:TLV7031DBV;=;Comparator, Nanopower;1.6V ~ 6.5V;Industrial;Nanopower push-pull comparator, SOT-23-5
            REGULATOR;AMS;AMS1117-3.3;AMS1117-3.3;AMS1117-3.3;SOT_223;Regulator_Linear:AMS1117-3.3;=;LDO, Fixed;4.75V ~ 15V;Commercial;1A Low Dropout Voltage Regulator 3.3V, SOT-223
            REGULATOR;AMS;AMS1117-5.0;AMS1117-5.0;AMS1117-5.0;SOT_223;Regulator_Linear:AMS1117-5.0;=;LDO, Fixed;6.5V ~ 15V;Commercial;1A Low Dropout Voltage Regulator 5.0V, SOT-223
            REGULATOR;AMS;AMS1117-1.8;AMS1117-1.8;AMS1117-1.8;SOT_223;Regulator_Linear:AMS1117-1.8;=;LDO, Fixed;3.3V ~ 15V;Commercial;1A Low Dropout Voltage Regulator 1.8V, SOT-223
            REGULATOR;TEXAS_INSTRUMENTS;LM1117MPX-3.3/NOPB;LDO 3-pin;LM1117-3.3;SOT_223;Regulator_Linear:LM1117-3.3;=;LDO, Fixed;4.75V ~ 15V;Commercial;800mA Low-Dropout Linear Regulator 3.3V, SOT-223
            REGULATOR;ST;LD1117S33TR;LD1117-3.3;LD1117S33;SOT_223;Regulator_Linear:LD1117S33TR_SOT223;=;LDO, Fixed;4.3V ~ 15V;Industrial;Low drop fixed and adjustable positive voltage regulators, 3.3V
            REGULATOR;ONSEMI;NCP1117ST33T3G;LDO 3-pin;NCP1117-3.3;SOT_223;Regulator_Linear:NCP1117-3.3_SOT223;=;LDO, Fixed;4.75V ~ 20V;Commercial;1.0A Low-Dropout Positive Fixed Voltage Regulator 3.3V
            REGULATOR;TEXAS_INSTRUMENTS;TLV1117-33IDCYR;TLV1117-33;TLV1117-33;SOT_223;Regulator_Linear:TLV1117-33;=;LDO, Fixed;4.75V ~ 15V;Industrial;Adjustable and fixed 800mA LDO 3.3V, SOT-223
            REGULATOR;DIODES_INC;AP2112K-3.3TRG1;AP2112K-3.3;AP2112K-3.3;SOT_23_5;Regulator_Linear:AP2112K-3.3;=;LDO, Fixed;2.5V ~ 6V;Industrial;600mA CMOS LDO Regulator With Enable 3.3V
            REGULATOR;DIODES_INC;AP2112K-1.8TRG1;AP2112K-1.8;AP2112K-1.8;SOT_23_5;Regulator_Linear:AP2112K-1.8;=;LDO, Fixed;2.5V ~ 6V;Industrial;600mA CMOS LDO Regulator With Enable 1.8V
            REGULATOR;MICROCHIP;MCP1700T-3302E/TT;MCP1700;MCP1700-3.3;SOT_23;Regulator_Linear:MCP1700x-330xxTT;=;LDO, Fixed;2.3V ~ 6V;Extended;Low Quiescent Current LDO 250mA 3.3V, SOT-23
            REGULATOR;MICROCHIP;MIC5219-3.3YM5-TR;MIC5219-3.3;MIC5219-3.3;SOT_23_5;Regulator_Linear:MIC5219-3.3YM5;=;LDO, Fixed;2.5V ~ 12V;Industrial;500mA-Peak Output LDO Regulator 3.3V, SOT-23-5
            REGULATOR;TEXAS_INSTRUMENTS;TLV73333PDBVR;TLV733P;TLV73333P;SOT_23_5;Regulator_Linear:TLV73333PDBV;=;LDO, Fixed;1.4V ~ 5.5V;Industrial;300mA capacitor-free LDO 3.3V, SOT-23-5
            REGULATOR;ST;L7805CV;L7805;L7805;TO_220;Regulator_Linear:L7805;=;Linear, Fixed;7V ~ 35V;Commercial;Positive voltage regulator 5V 1.5A, TO-220
            REGULATOR;ST;L7812CV;L7812;L7812;TO_220;Regulator_Linear:L7812;=;Linear, Fixed;14.5V ~ 35V;Commercial;Positive voltage regulator 12V 1.5A, TO-220
            REGULATOR;ST;LM317T;LM317;LM317;TO_220;Regulator_Linear:LM317_TO-220;=;Linear, Adjustable;3V ~ 40V;Commercial;1.2V to 37V adjustable voltage regulator, TO-220
            REGULATOR;TEXAS_INSTRUMENTS;LM317EMP/NOPB;LM317;LM317;SOT_223;Regulator_Linear:LM317_SOT-223;=;Linear, Adjustable;4.25V ~ 40V;Commercial;1A Adjustable Linear Regulator, SOT-223
            REGULATOR;TEXAS_INSTRUMENTS;LM2596S-5.0/NOPB;LM2596S-5;LM2596-5.0;TO_263_5;Regulator_Switching:LM2596S-5;=;Buck, Fixed;4.5V ~ 40V;Commercial;SIMPLE SWITCHER 3A Step-Down Voltage Regulator 5V, TO-263
            REGULATOR;TEXAS_INSTRUMENTS;LM2596S-ADJ/NOPB;LM2596S-ADJ;LM2596-ADJ;TO_263_5;Regulator_Switching:LM2596S-ADJ;=;Buck, Adjustable;4.5V ~ 40V;Commercial;SIMPLE SWITCHER 3A Step-Down Voltage Regulator, adjustable
            REGULATOR;TEXAS_INSTRUMENTS;TPS5430DDA;TPS5430;TPS5430;SOIC_8_EP;Regulator_Switching:TPS5430DDA;Package_SO:TI_SO-PowerPAD-8_ThermalVias;Buck, Adjustable;5.5V ~ 36V;Industrial;3A wide-input step-down converter, SO PowerPAD-8
            REGULATOR;TEXAS_INSTRUMENTS;TPS61040DBVR;TPS61040;TPS61040;SOT_23_5;Regulator_Switching:TPS61040DBV;=;Boost;1.8V ~ 6V;Industrial;28V, 400mA switch boost converter, SOT-23-5
            REGULATOR;TEXAS_INSTRUMENTS;TPS62130RGTR;TPS62130;TPS62130;QFN_16_3X3;Regulator_Switching:TPS62130;Package_DFN_QFN:VQFN-16-1EP_3x3mm_P0.5mm_EP1.68x1.68mm_ThermalVias;Buck, Adjustable;3V ~ 17V;Industrial;3-17V 3A step-down converter in 3x3 QFN
            REGULATOR;MPS;MP1584EN-LF-Z;MP1584;MP1584;SOIC_8_EP;-;-;Buck, Adjustable;4.5V ~ 28V;Industrial;3A, 1.5MHz, 28V step-down converter, SOIC-8E
            POWER_MANAGEMENT;MICROCHIP;MCP73831T-2ACI/OT;MCP73831;MCP73831-2;SOT_23_5;Battery_Management:MCP73831-2-OT;=;Battery Charger, Li-Ion;3.75V ~ 6V;Industrial;Single-cell Li-Ion/Li-Polymer charge management controller, 4.2V
            VOLTAGE_REFERENCE;TEXAS_INSTRUMENTS;TL431AIDBZR;TL431;TL431;SOT_23;Reference_Voltage:TL431DBZ;=;Shunt Reference, Adjustable;2.495V ~ 36V;Industrial;Adjustable precision shunt regulator, SOT-23
            VOLTAGE_REFERENCE;TEXAS_INSTRUMENTS;TL431ACDR;TL431;TL431;SOIC_8;Reference_Voltage:TL431D;=;Shunt Reference, Adjustable;2.495V ~ 36V;Commercial;Adjustable precision shunt regulator, SOIC-8
            VOLTAGE_REFERENCE;TEXAS_INSTRUMENTS;LM4040D25IDBZR;LM4040-2.5;LM4040-2.5;SOT_23;Reference_Voltage:LM4040DBZ-2.5;=;Shunt Reference, Fixed;2.5V;Industrial;Precision micropower shunt voltage reference 2.5V ±0.2%
            VOLTAGE_REFERENCE;TEXAS_INSTRUMENTS;REF3030AIDBZR;REF3030;REF3030;SOT_23;Reference_Voltage:REF3030;=;Series Reference, Fixed;3.1V ~ 5.5V;Industrial;50ppm/°C, 50µA series voltage reference 3.0V
            MICROCONTROLLER;ST;STM32F103C8T6;STM32F103C8T6;STM32F103C8T6;LQFP_48;MCU_ST_STM32F1:STM32F103C8Tx;=;MCU, ARM Cortex-M3;2V ~ 3.6V;Industrial;@LONG
            MICROCONTROLLER;ST;STM32F103CBT6;STM32F103CBT6;STM32F103CBT6;LQFP_48;MCU_ST_STM32F1:STM32F103CBTx;=;MCU, ARM Cortex-M3;2V ~ 3.6V;Industrial;ARM Cortex-M3 MCU 128KB Flash 20KB RAM 72MHz LQFP-48
            MICROCONTROLLER;ST;STM32F103RBT6;STM32F103RBT6;STM32F103RBT6;LQFP_64;MCU_ST_STM32F1:STM32F103RBTx;=;MCU, ARM Cortex-M3;2V ~ 3.6V;Industrial;ARM Cortex-M3 MCU 128KB Flash 20KB RAM 72MHz LQFP-64
            MICROCONTROLLER;ST;STM32F030F4P6;STM32F030F4P6;STM32F030F4P6;TSSOP_20;MCU_ST_STM32F0:STM32F030F4Px;=;MCU, ARM Cortex-M0;2.4V ~ 3.6V;Industrial;ARM Cortex-M0 value line MCU 16KB Flash TSSOP-20
            MICROCONTROLLER;ST;STM32F411CEU6;STM32F411CEU6;STM32F411CEU6;QFN_48_7X7;MCU_ST_STM32F4:STM32F411CEUx;Package_DFN_QFN:QFN-48-1EP_7x7mm_P0.5mm_EP5.6x5.6mm;MCU, ARM Cortex-M4;1.7V ~ 3.6V;Industrial;ARM Cortex-M4 MCU 512KB Flash 128KB RAM 100MHz UFQFPN-48
            MICROCONTROLLER;ST;STM32F401CCU6;STM32F401CCU6;STM32F401CCU6;QFN_48_7X7;MCU_ST_STM32F4:STM32F401CCUx;Package_DFN_QFN:QFN-48-1EP_7x7mm_P0.5mm_EP5.6x5.6mm;MCU, ARM Cortex-M4;1.7V ~ 3.6V;Industrial;ARM Cortex-M4 MCU 256KB Flash 64KB RAM 84MHz UFQFPN-48
            MICROCONTROLLER;MICROCHIP;ATMEGA328P-AU;ATmega328P-AU;ATmega328P;TQFP_32;MCU_Microchip_ATmega:ATmega328P-A;=;MCU, AVR;1.8V ~ 5.5V;Industrial;8-bit AVR Microcontroller, 32KB Flash, TQFP-32
            MICROCONTROLLER;MICROCHIP;ATMEGA328P-MU;ATmega328P-MU;ATmega328P;QFN_32_5X5;MCU_Microchip_ATmega:ATmega328P-M;Package_DFN_QFN:QFN-32-1EP_5x5mm_P0.5mm_EP3.1x3.1mm;MCU, AVR;1.8V ~ 5.5V;Industrial;8-bit AVR Microcontroller, 32KB Flash, VQFN-32
            MICROCONTROLLER;MICROCHIP;ATMEGA328P-PU;ATmega328P-PU;ATmega328P;DIP_28;MCU_Microchip_ATmega:ATmega328P-P;=;MCU, AVR;1.8V ~ 5.5V;Industrial;8-bit AVR Microcontroller, 32KB Flash, PDIP-28
            MICROCONTROLLER;MICROCHIP;ATTINY85-20SU;ATtiny85;ATtiny85;SOIC_8_WIDE;MCU_Microchip_ATtiny:ATtiny85-20S;Package_SO:SOIC-8W_5.3x5.3mm_P1.27mm;MCU, AVR;2.7V ~ 5.5V;Industrial;8-bit AVR Microcontroller, 8KB Flash, SOIC-8 208mil
            MICROCONTROLLER;MICROCHIP;ATTINY85-20PU;ATtiny85;ATtiny85;DIP_8;MCU_Microchip_ATtiny:ATtiny85-20P;=;MCU, AVR;2.7V ~ 5.5V;Industrial;8-bit AVR Microcontroller, 8KB Flash, PDIP-8
            MICROCONTROLLER;MICROCHIP;PIC16F628A-I/P;PIC16F628A;PIC16F628A;DIP_18;MCU_Microchip_PIC16:PIC16F628A-IP;=;MCU, PIC;3V ~ 5.5V;Industrial;8-bit PIC Microcontroller 3.5KB Flash, PDIP-18
            MICROCONTROLLER;MICROCHIP;ATSAMD21G18A-AU;ATSAMD21G18A;ATSAMD21G18A;TQFP_48;MCU_Microchip_SAMD:ATSAMD21G18A-A;=;MCU, ARM Cortex-M0+;1.62V ~ 3.63V;Industrial;ARM Cortex-M0+ MCU 256KB Flash 32KB SRAM 48MHz TQFP-48
            MICROCONTROLLER;MICROCHIP;ATSAMD21G18A-MU;ATSAMD21G18A;ATSAMD21G18A;QFN_48_7X7;MCU_Microchip_SAMD:ATSAMD21G18A-M;Package_DFN_QFN:QFN-48-1EP_7x7mm_P0.5mm_EP5.15x5.15mm;MCU, ARM Cortex-M0+;1.62V ~ 3.63V;Industrial;ARM Cortex-M0+ MCU 256KB Flash 32KB SRAM 48MHz QFN-48
            MICROCONTROLLER;RASPBERRY_PI;SC0914(13);RP2040;RP2040;QFN_56_7X7;MCU_RaspberryPi:RP2040;Package_DFN_QFN:QFN-56-1EP_7x7mm_P0.4mm_EP3.2x3.2mm;MCU, Dual ARM Cortex-M0+;1.62V ~ 3.63V;Industrial;RP2040 dual-core Cortex-M0+ 133MHz, 264KB SRAM, QFN-56
            MICROCONTROLLER;NORDIC;NRF52832-QFAA-R;nRF52832;nRF52832;QFN_48_6X6;MCU_Nordic:nRF52832-QFxx;Package_DFN_QFN:QFN-48-1EP_6x6mm_P0.4mm_EP4.6x4.6mm;RF SoC, Bluetooth LE;1.7V ~ 3.6V;Industrial;Multiprotocol Bluetooth 5 SoC, Cortex-M4F, 512KB Flash, QFN-48
            MICROCONTROLLER;ESPRESSIF;ESP32-WROOM-32-N4;ESP32-WROOM-32;ESP32-WROOM-32;ESP32_WROOM_32;RF_Module:ESP32-WROOM-32;=;RF Module, WiFi/Bluetooth;3V ~ 3.6V;Industrial;Wi-Fi + Bluetooth + BLE module, ESP32-D0WD, 4MB flash, PCB antenna
            INTERFACE;WCH;CH340G;CH340G;CH340G;SOIC_16;Interface_USB:CH340G;=;USB to UART;3.3V ~ 5V;Commercial;USB to serial UART bridge, external crystal, SOP-16
            INTERFACE;WCH;CH340C;CH340C;CH340C;SOIC_16;Interface_USB:CH340C;=;USB to UART;3.3V ~ 5V;Commercial;USB to serial UART bridge, internal oscillator, SOP-16
            INTERFACE;FTDI;FT232RL-REEL;FT232RL;FT232RL;SSOP_28;Interface_USB:FT232RL;=;USB to UART;3.3V ~ 5.25V;Industrial;USB to basic UART IC, SSOP-28
            INTERFACE;FTDI;FT231XS-R;FT231XS;FT231XS;SSOP_20_NARROW;Interface_USB:FT231XS;=;USB to UART;1.8V ~ 5.5V;Industrial;USB to full handshake UART IC, SSOP-20
            INTERFACE;SILICON_LABS;CP2102N-A02-GQFN24R;CP2102N;CP2102N;QFN_24_4X4;Interface_USB:CP2102N-Axx-xQFN24;Package_DFN_QFN:QFN-24-1EP_4x4mm_P0.5mm_EP2.6x2.6mm;USB to UART;3V ~ 3.6V;Industrial;USB to UART bridge controller, QFN-24
            INTERFACE;SILICON_LABS;CP2104-F03-GMR;CP2104;CP2104;QFN_24_4X4;Interface_USB:CP2104;Package_DFN_QFN:QFN-24-1EP_4x4mm_P0.5mm_EP2.6x2.6mm;USB to UART;3V ~ 3.6V;Industrial;USB to UART bridge controller with 1kB EEPROM, QFN-24
            INTERFACE;TEXAS_INSTRUMENTS;MAX232DR;MAX232;MAX232;SOIC_16;Interface_UART:MAX232;=;RS-232 Transceiver;4.5V ~ 5.5V;Commercial;Dual RS-232 driver/receiver, SOIC-16
            INTERFACE;TEXAS_INSTRUMENTS;MAX232N;MAX232;MAX232;DIP_16;Interface_UART:MAX232;=;RS-232 Transceiver;4.5V ~ 5.5V;Commercial;Dual RS-232 driver/receiver, PDIP-16
            INTERFACE;TEXAS_INSTRUMENTS;MAX3232ECDR;MAX3232;MAX3232;SOIC_16;Interface_UART:MAX3232;=;RS-232 Transceiver;3V ~ 5.5V;Commercial;3-V to 5.5-V multichannel RS-232 line driver/receiver, ±15-kV ESD
            INTERFACE;MAXIM;MAX3485ESA+;MAX3485;MAX3485;SOIC_8;Interface_UART:MAX3485;=;RS-422/RS-485 Transceiver;3V ~ 3.6V;Extended;3.3V-powered, 10Mbps RS-485/RS-422 transceiver
            INTERFACE;MAXLINEAR;SP3485EN-L/TR;SP3485;SP3485;SOIC_8;Interface_UART:SP3485EN;=;RS-422/RS-485 Transceiver;3V ~ 3.6V;Industrial;+3.3V low power half-duplex RS-485 transceiver, 10Mbps
            INTERFACE;MICROCHIP;MCP2551-I/SN;MCP2551;MCP2551;SOIC_8;Interface_CAN_LIN:MCP2551-I-SN;=;CAN Transceiver;4.5V ~ 5.5V;Industrial;High-speed CAN transceiver, SOIC-8
            INTERFACE;TEXAS_INSTRUMENTS;SN65HVD230DR;SN65HVD230;SN65HVD230;SOIC_8;Interface_CAN_LIN:SN65HVD230;=;CAN Transceiver;3V ~ 3.6V;Industrial;3.3V CAN transceiver, SOIC-8
            INTERFACE;NXP;TJA1051T/3,118;TJA1051T/3;TJA1051T/3;SOIC_8;Interface_CAN_LIN:TJA1051T-3;=;CAN Transceiver;4.5V ~ 5.5V;Automotive;High-speed CAN transceiver with VIO, SO-8
            INTERFACE;MICROCHIP;MCP2515-I/SO;MCP2515;MCP2515;SOIC_18_WIDE;Interface_CAN_LIN:MCP2515-xSO;=;CAN Controller;2.7V ~ 5.5V;Industrial;Stand-alone CAN controller with SPI interface, SOIC-18
            INTERFACE;TEXAS_INSTRUMENTS;TXS0108EPWR;TXS0108E;TXS0108E;TSSOP_20;Logic_LevelTranslator:TXS0108EPW;=;Voltage Level Translator;1.2V ~ 5.5V;Industrial;8-bit bidirectional voltage-level translator, TSSOP-20
            INTERFACE;TEXAS_INSTRUMENTS;TCA9548APWR;TCA9548A;TCA9548A;TSSOP_24;Interface_Expansion:TCA9548APWR;=;I²C Multiplexer;1.65V ~ 5.5V;Industrial;Low-voltage 8-channel I²C switch with reset, TSSOP-24
            INTERFACE;TEXAS_INSTRUMENTS;PCA9306DCTR;PCA9306;PCA9306;-;Interface:PCA9306;-;Voltage Level Translator;1.2V ~ 5.5V;Industrial;Dual bidirectional I²C bus and SMBus voltage-level translator, SM8
            INTERFACE;TEXAS_INSTRUMENTS;ADS1115IDGSR;ADS1115;ADS1115;MSOP_10;Analog_ADC:ADS1115IDGS;Package_SO:TSSOP-10_3x3mm_P0.5mm;ADC, 16-bit;2V ~ 5.5V;Industrial;16-bit 860SPS 4-channel delta-sigma ADC with PGA, I²C, VSSOP-10
            INTERFACE;TEXAS_INSTRUMENTS;ULN2003ADR;ULN2003A;ULN2003A;SOIC_16;Transistor_Array:ULN2003A;=;Darlington Array;50V;Commercial;7-channel Darlington transistor array, SOIC-16
            LOGIC;NEXPERIA;74HC595D,653;74HC595;74HC595;SOIC_16;74xx:74HC595;=;Shift Register;2V ~ 6V;Automotive;8-bit serial-in, serial or parallel-out shift register with output latches
            LOGIC;TEXAS_INSTRUMENTS;SN74HC595N;74HC595;74HC595;DIP_16;74xx:74HC595;=;Shift Register;2V ~ 6V;Commercial;8-bit shift register with 3-state output registers, PDIP-16
            LOGIC;TEXAS_INSTRUMENTS;SN74HC595PWR;74HC595;74HC595;TSSOP_16;74xx:74HC595;=;Shift Register;2V ~ 6V;Commercial;8-bit shift register with 3-state output registers, TSSOP-16
            LOGIC;NEXPERIA;74HC14D,653;74HC14;74HC14;SOIC_14;74xx:74HC14;=;Inverter, Schmitt Trigger;2V ~ 6V;Automotive;Hex inverting Schmitt trigger, SO-14
            LOGIC;NEXPERIA;74HC04D,653;74HC04;74HC04;SOIC_14;74xx:74HC04;=;Inverter;2V ~ 6V;Automotive;Hex inverter, SO-14
            LOGIC;TEXAS_INSTRUMENTS;SN74HC00DR;74HC00;74HC00;SOIC_14;74xx:74HC00;=;NAND Gate;2V ~ 6V;Commercial;Quadruple 2-input positive-NAND gates, SOIC-14
            LOGIC;TEXAS_INSTRUMENTS;SN74HC245DWR;74HC245;74HC245;-;74xx:74HC245;Package_SO:SOIC-20W_7.5x12.8mm_P1.27mm;Bus Transceiver;2V ~ 6V;Commercial;Octal bus transceivers with 3-state outputs, SOIC-20
            LOGIC;TEXAS_INSTRUMENTS;SN74LVC1G14DBVR;74LVC1G14;74LVC1G14;SOT_23_5;74xGxx:SN74LVC1G14DBV;=;Inverter, Schmitt Trigger;1.65V ~ 5.5V;Commercial;Single Schmitt-trigger inverter, SOT-23-5
            MEMORY;MICROCHIP;24LC256-I/SN;24LC256;24LC256;SOIC_8;Memory_EEPROM:24LC256;=;EEPROM, I²C;2.5V ~ 5.5V;Industrial;256K I²C serial EEPROM, SOIC-8
            MEMORY;MICROCHIP;24LC256-I/P;24LC256;24LC256;DIP_8;Memory_EEPROM:24LC256;=;EEPROM, I²C;2.5V ~ 5.5V;Industrial;256K I²C serial EEPROM, PDIP-8
            MEMORY;MICROCHIP;AT24CS01-SSHM-T;AT24CS01;AT24CS01;SOIC_8;Memory_EEPROM:AT24CS01-SSHM;=;EEPROM, I²C;1.7V ~ 5.5V;Industrial;1-Kbit I²C serial EEPROM with 128-bit serial number
            MEMORY;WINBOND;W25Q32JVSSIQ;W25Q32JV;W25Q32JV;SOIC_8_WIDE;Memory_Flash:W25Q32JVSS;Package_SO:SOIC-8_5.23x5.23mm_P1.27mm;Flash, SPI;2.7V ~ 3.6V;Industrial;32M-bit serial flash memory with dual/quad SPI, SOIC-8 208mil
            MEMORY;WINBOND;W25Q128JVSIQ;W25Q128JV;W25Q128JV;SOIC_8_WIDE;Memory_Flash:W25Q128JVS;Package_SO:SOIC-8_5.23x5.23mm_P1.27mm;Flash, SPI;2.7V ~ 3.6V;Industrial;128M-bit serial flash memory with dual/quad SPI, SOIC-8 208mil
            TIMER;TEXAS_INSTRUMENTS;NE555DR;NE555;NE555;SOIC_8;Timer:NE555D;=;Timer, 555 Type;4.5V ~ 16V;Commercial;Single precision timer, SOIC-8
            TIMER;TEXAS_INSTRUMENTS;NE555P;NE555;NE555;DIP_8;Timer:NE555P;=;Timer, 555 Type;4.5V ~ 16V;Commercial;Single precision timer, PDIP-8
            TIMER;TEXAS_INSTRUMENTS;LM555CMX/NOPB;LM555;LM555;SOIC_8;Timer:LM555xM;=;Timer, 555 Type;4.5V ~ 16V;Commercial;LM555 timer, SOIC-8
            CUSTOM_IC;ACME;ACME-PMIC-A1;ACME_PMIC_A1;ACME-PMIC-A1;QFN_32_5X5;-;-;PMIC, Custom;2.7V ~ 5.5V;Industrial;ACME custom power-management IC rev A1 (4 bucks, 3 LDOs)
            CUSTOM_IC;ACME;ACME-ASIC-7710;ACME_ASIC_7710;ACME-ASIC-7710;LQFP_64;-;=;ASIC, Custom;1.8V, 3.3V;Industrial;ACME motor-control ASIC 7710, LQFP-64
            CUSTOM_IC;ACME;ACME-SENSE-3;ACME_SENSE_3;ACME-SENSE-3;DFN_8_2X2;-;-;Sensor Interface, Custom;1.8V ~ 3.6V;Industrial;ACME sensor front-end, DFN-8 2x2
            """;

    private IntegratedCircuitCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (String line : PARTS.strip().split("\n")) {
            specs.add(part(random, line.strip()));
        }
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static PartSpec part(Random random, String line) {
        String[] f = line.split(";", -1);
        if (f.length != 12) {
            throw new IllegalStateException("IC catalog line has " + f.length + " fields, not 12: " + line);
        }
        PartFamily family = PartFamily.valueOf(f[0]);
        Manufacturer manufacturer = Manufacturer.valueOf(f[1]);
        String mpn = f[2];
        PackageSpec pkg = f[5].equals("-") ? otherPackage(mpn) : StandardPackages.named(f[5]);
        String symbol = f[6].equals("-") ? null : f[6];
        String footprint = switch (f[7]) {
            case "=" -> pkg.kicadFootprint();
            case "-" -> null;
            default -> f[7];
        };
        String libraryRef = f[3];
        if (family == PartFamily.OPAMP && random.nextDouble() < 0.25) {
            libraryRef = "OpAmp";
        }
        String description = f[11].equals("@LONG") ? LONG_DESCRIPTION : f[11];
        String temperature = switch (f[10]) {
            case "Commercial" -> "0°C ~ 70°C";
            case "Automotive" -> "-40°C ~ 125°C (TA)";
            case "Extended" -> "-40°C ~ 125°C";
            default -> "-40°C ~ 85°C";
        };
        return new PartSpec(libraryRef, symbolLibrary(family), pkg, description, f[4], manufacturer, mpn,
                mpn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                parameters(CATEGORY, f[8], SUPPLY, f[9], TEMPERATURE, temperature, GRADE, f[10]),
                new KicadExpectation(family, pkg.code(), pkg.pinCount(), symbol, footprint));
    }

    /** The two packages that only one part uses. */
    private static PackageSpec otherPackage(String mpn) {
        if (mpn.startsWith("PCA9306")) {
            return new PackageSpec("SM8", "8-VFSOP (0.091\", 2.30mm Width)", PackageSpec.SMD, 8,
                    "SOP50P310X90-8N", "SM8", "SSOP-8_2.3mm_P0.5", "SSOP", null);
        }
        return new PackageSpec("SOIC-20W", "20-SOIC (0.295\", 7.50mm Width)", PackageSpec.SMD, 20,
                "SOIC127P1030X265-20N", "SO-20W", "SOIC-20_300mil", "SOIC", null);
    }

    private static String symbolLibrary(PartFamily family) {
        return switch (family) {
            case OPAMP, COMPARATOR, TIMER -> "Analog";
            case REGULATOR, VOLTAGE_REFERENCE, POWER_MANAGEMENT -> "Power";
            case MICROCONTROLLER -> "MCU";
            case INTERFACE -> "Interface";
            case LOGIC -> "Logic";
            case MEMORY -> "Memory";
            default -> "Custom";
        };
    }
}
