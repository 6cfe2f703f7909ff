package io.github.altium2kicad.testkit.altium;

/**
 * The two pads a {@link PcbLibComposer} gives a copy of {@link FixtureFootprint#CHIP_2_PADS}, in millimetres: pad 1
 * centred at (−pitch/2, 0), pad 2 at (+pitch/2, 0), each {@code along} × {@code across}, not rotated.
 *
 * <p>{@link #chip} and {@link #molded} draw them from the package's body as IPC-7351 does for nominal density (pad
 * from the terminal plus a toe fillet, gap from the body less both terminals, width from the body plus a little): from
 * the package's physical facts, never from KiCad's footprints, so that comparing them with KiCad's tests the mapper.
 *
 * @param pitch  centre-to-centre distance of the pads
 * @param along  pad length along the line joining them
 * @param across pad width
 */
public record LandPattern(double pitch, double along, double across) {

    /**
     * The land pattern of a chip (resistor, capacitor, inductor, ferrite bead, LED) of metric size code
     * {@code metric}: {@code 1608} is a 1.6 × 0.8 mm body (imperial 0603), {@code 0603} a 0.6 × 0.3 mm one (0201).
     */
    public static LandPattern chip(String metric) {
        double length = Integer.parseInt(metric.substring(0, 2)) / 10.0;
        double width = Integer.parseInt(metric.substring(2)) / 10.0;
        double terminal = length <= 0.6 ? 0.15 : length <= 1.0 ? 0.25 : length <= 1.6 ? 0.35 : length <= 2.0 ? 0.4
                : length <= 3.2 ? 0.5 : 0.6;
        return of(length, width, terminal);
    }

    /**
     * The land pattern of a molded (tantalum) capacitor of EIA metric case {@code eia} ({@code 3216}, {@code 3528},
     * {@code 6032}, {@code 7343}), from the case's body length, terminal width and terminal length.
     */
    public static LandPattern molded(String eia) {
        return switch (eia) {
            case "3216" -> of(3.2, 1.2, 0.8);
            case "3528" -> of(3.5, 2.2, 0.8);
            case "6032" -> of(6.0, 2.2, 1.3);
            case "7343" -> of(7.3, 2.4, 1.3);
            default -> throw new IllegalArgumentException("no molded case " + eia);
        };
    }

    /** Toe fillet 0.35 mm (0.15 mm up to 1 mm bodies), no heel, 0.1 mm wider than the terminal. */
    private static LandPattern of(double bodyLength, double terminalWidth, double terminalLength) {
        double toe = bodyLength <= 1.0 ? 0.15 : 0.35;
        return new LandPattern(bodyLength + toe - terminalLength, terminalLength + toe, terminalWidth + 0.1);
    }
}
