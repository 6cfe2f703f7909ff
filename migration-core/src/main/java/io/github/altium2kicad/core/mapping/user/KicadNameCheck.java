package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.mapping.KicadLibId;

/**
 * Tells whether a KiCad symbol or footprint exists in the KiCad libraries the migration targets, so that a
 * mapping table naming one that does not exist is rejected when it is loaded rather than producing parts KiCad
 * cannot place. Adapt the KiCad library index to it; use {@link #acceptAll()} when no index is available.
 */
public interface KicadNameCheck {

    /** True if {@code id} names a symbol KiCad will find. */
    boolean symbolExists(KicadLibId id);

    /** True if {@code id} names a footprint KiCad will find. */
    boolean footprintExists(KicadLibId id);

    /** A check that accepts every name (no KiCad library index to check against). */
    static KicadNameCheck acceptAll() {
        return new KicadNameCheck() {
            @Override
            public boolean symbolExists(KicadLibId id) {
                return true;
            }

            @Override
            public boolean footprintExists(KicadLibId id) {
                return true;
            }
        };
    }
}
