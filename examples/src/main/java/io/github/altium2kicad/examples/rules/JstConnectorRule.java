package io.github.altium2kicad.examples.rules;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example of a company's own mapping rule, found with {@link java.util.ServiceLoader} (see
 * {@code META-INF/services/io.github.altium2kicad.api.mapping.MappingRule}) and run before the built-in rules.
 *
 * <p>It maps vertical through-hole JST XH and PH headers, which the built-in rules leave to the Altium library, when
 * the footprint name carries JST's own part number ({@code JST_B3B-XH-A}, {@code B4B-PH-K}): the part number fixes
 * the series, the pin count and the orientation, so KiCad's {@code Connector_JST} footprint and the matching
 * {@code Connector_Generic:Conn_01xNN} symbol are certain. Names KiCad does not have are passed on.
 */
public final class JstConnectorRule implements MappingRule {

    /** JST's through-hole part numbers: B{n}B-XH-A (2.50 mm) and B{n}B-PH-K (2.00 mm). */
    private static final Pattern PART_NUMBER = Pattern.compile("(?i)(?:^|[^A-Z0-9])B(\\d{1,2})B-(XH-A|PH-K)(?:$|[^A-Z0-9])");

    private final KicadLibraryIndex kicad = KicadLibraryIndex.bundledStandard();

    @Override
    public String name() {
        return "acme-jst-connectors";
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        for (AltiumFootprint footprint : input.footprints()) {
            Matcher m = PART_NUMBER.matcher(footprint.ref());
            if (!m.find()) {
                continue;
            }
            int pins = Integer.parseInt(m.group(1));
            String series = m.group(2).toUpperCase(java.util.Locale.ROOT);
            String pitch = series.startsWith("XH") ? "2.50" : "2.00";
            KicadLibId kicadFootprint = new KicadLibId("Connector_JST", String.format("JST_%s_B%dB-%s_1x%02d_P%smm_Vertical",
                    series.substring(0, 2), pins, series, pins, pitch));
            KicadLibId symbol = new KicadLibId("Connector_Generic", String.format("Conn_01x%02d", pins));
            if (!kicad.hasFootprint(kicadFootprint) || !kicad.hasSymbol(symbol)) {
                return Optional.empty(); // KiCad has no such part: let the next rule decide
            }
            return Optional.of(new MappingDecision(Optional.of(symbol), List.of(kicadFootprint), 1.0, name(),
                    List.of("Footprint Ref=" + footprint.ref() + " → JST " + series + ", " + pins + " pins, " + pitch + " mm"),
                    List.of()));
        }
        return Optional.empty();
    }
}
