package io.github.altium2kicad.core.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real Altium library files under {@code src/test/resources/altium-libs} (see the README there) and their names. */
public final class AltiumFixtures {

    /** The first component of {@code long-partnames.SchLib}, stored as {@code This component has a long name,}. */
    public static final String LONG_NAME = "This component has a long name, long designator, long comment, and long description. "
            + "Let's see how long we can make this design ID";
    /** The second component of {@code long-partnames.SchLib}, stored as {@code This component has quite a long}. */
    public static final String QUITE_LONG = "This component has quite a long name but its description is empty; this should be interesting";

    private AltiumFixtures() {
    }

    /** The fixture file {@code name}. */
    public static Path file(String name) {
        try {
            return Path.of(AltiumFixtures.class.getResource("/altium-libs/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test fixture altium-libs/" + name, e);
        }
    }
}
