package io.github.altium2kicad.testkit.altium;

/**
 * A symbol (component storage) of a real {@code .SchLib} saved by Altium Designer, bundled with the test kit, that
 * {@link SchLibComposer} copies under new names. Pin counts are what KiCad 9's importer shows for it.
 */
public enum FixtureSymbol {
    /** A two-pin resistor: for resistors, capacitors, inductors, ferrites, fuses, crystals. */
    RESISTOR_2_PINS("simple.SchLib", "Resistor - Standard", 2),
    /** A component with two pins carrying long pin texts: for diodes and LEDs. */
    TWO_PINS_LONG_TEXT("long-pindata.SchLib", "Component_1", 2),
    /** Four labelled passive pins on a rectangle: for transistors and small regulators. */
    RECTANGLE_4_PINS("simple.SchLib", "CombinedPinsRectGraphic", 4),
    /** Pins, a rectangle and text: for 3–4 pin parts. */
    SHAPE_AND_TEXT_4_PINS("simple.SchLib", "Mixed with shape and text", 4),
    /** A multi-part component (several units): for dual op-amps, logic gates. */
    MULTIPART_6_PINS("simple.SchLib", "Multipart 1", 6),
    /** Eight pins of every electrical type: for 8-pin ICs. */
    PIN_PROPERTIES_8_PINS("simple.SchLib", "PinProperties", 8),
    /** Ten pins: for small connectors and 10-pin ICs. */
    PIN_OVERRIDES_10_PINS("simple.SchLib", "PinOverrides", 10),
    /** Seventeen pins: for connectors and mid-size ICs. */
    COMBINED_17_PINS("simple.SchLib", "CombinedPins", 17),
    /** Twenty-seven pins at many positions: for microcontrollers and big ICs. */
    POSITION_27_PINS("simple.SchLib", "Position", 27);

    private final String resource;
    private final String storage;
    private final int pins;

    FixtureSymbol(String resource, String storage, int pins) {
        this.resource = resource;
        this.storage = storage;
        this.pins = pins;
    }

    /** The bundled file it comes from. */
    public String resource() {
        return resource;
    }

    /** Its storage name in that file. */
    public String storage() {
        return storage;
    }

    /** Pins KiCad 9 imports for it (over all units). */
    public int pins() {
        return pins;
    }
}
