package io.github.altium2kicad.examples.sample;

import java.util.Locale;

/** The manufacturers the sample's parts come from, with what is needed to write supplier numbers and links. */
enum Manufacturer {
    YAGEO("Yageo", "603"),
    VISHAY_DALE("Vishay Dale", "71"),
    VISHAY_SEMI("Vishay General Semiconductor", "78"),
    VISHAY_SILICONIX("Vishay Siliconix", "781"),
    PANASONIC("Panasonic Electronic Components", "667"),
    MURATA("Murata Electronics", "81"),
    SAMSUNG("Samsung Electro-Mechanics", "187"),
    KEMET("KEMET", "80"),
    TDK("TDK Corporation", "810"),
    KYOCERA_AVX("KYOCERA AVX", "581"),
    NICHICON("Nichicon", "647"),
    BOURNS("Bourns Inc.", "652"),
    TAIYO_YUDEN("Taiyo Yuden", "963"),
    SUNLORD("Sunlord", null),
    COILCRAFT("Coilcraft", "994"),
    CYNTEC("Cyntec", null),
    WURTH("Würth Elektronik", "710"),
    LITTELFUSE("Littelfuse Inc.", "576"),
    ONSEMI("onsemi", "863"),
    NEXPERIA("Nexperia USA Inc.", "771"),
    DIODES_INC("Diodes Incorporated", "621"),
    TAIWAN_SEMI("Taiwan Semiconductor Corporation", "821"),
    MCC("Micro Commercial Co", "833"),
    ROHM("Rohm Semiconductor", "755"),
    INFINEON("Infineon Technologies", "726"),
    ALPHA_OMEGA("Alpha & Omega Semiconductor Inc.", null),
    TEXAS_INSTRUMENTS("Texas Instruments", "595"),
    ST("STMicroelectronics", "511"),
    MICROCHIP("Microchip Technology", "579"),
    ANALOG_DEVICES("Analog Devices Inc.", "584"),
    MAXIM("Analog Devices Inc./Maxim Integrated", "700"),
    NXP("NXP USA Inc.", "771"),
    AMS("Advanced Monolithic Systems", null),
    WCH("WCH (Jiangsu Qin Heng)", null),
    FTDI("FTDI, Future Technology Devices International Ltd", "895"),
    SILICON_LABS("Silicon Labs", "634"),
    ESPRESSIF("Espressif Systems", "356"),
    WINBOND("Winbond Electronics", "454"),
    NORDIC("Nordic Semiconductor ASA", "949"),
    RASPBERRY_PI("Raspberry Pi", "358"),
    MPS("Monolithic Power Systems Inc.", "946"),
    MAXLINEAR("MaxLinear, Inc.", "701"),
    KINGBRIGHT("Kingbright", "604"),
    LITE_ON("Lite-On Inc.", "859"),
    OSRAM("ams OSRAM", "720"),
    WORLDSEMI("Worldsemi", null),
    OPSCO("Opsco Optoelectronics", null),
    EVERLIGHT("Everlight Electronics Co Ltd", "638"),
    SAMTEC("Samtec Inc.", "200"),
    SULLINS("Sullins Connector Solutions", "517"),
    JST("JST Sales America Inc.", "306"),
    PHOENIX("Phoenix Contact", "651"),
    GCT("GCT", "640"),
    MOLEX("Molex", "538"),
    HIROSE("Hirose Electric Co Ltd", "798"),
    AMPHENOL("Amphenol RF", "523"),
    CUI("CUI Devices", "490"),
    ABRACON("Abracon LLC", "815"),
    ECS("ECS Inc.", "520"),
    EPSON("Epson", "732"),
    SITIME("SiTime", "568"),
    ACME("ACME Custom Silicon", null);

    private final String displayName;
    private final String mouserPrefix;

    Manufacturer(String displayName, String mouserPrefix) {
        this.displayName = displayName;
        this.mouserPrefix = mouserPrefix;
    }

    /** The name as written in the {@code Manufacturer} column. */
    String displayName() {
        return displayName;
    }

    /** True if Mouser carries the line (a Mouser part number can be written). */
    boolean soldByMouser() {
        return mouserPrefix != null;
    }

    /** Mouser's number for a manufacturer part number: {@code 603-RC0603FR-0710KL}. */
    String mouserPartNumber(String mpn) {
        return mouserPrefix + "-" + mpn;
    }

    /** A lowercase path segment for datasheet links. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
