package io.github.altium2kicad.core.mapping.standard;

/** Further facts a package name may state. */
public enum PackageFlag {
    /** A hand-soldering variant of a land pattern (larger pads). */
    HAND_SOLDER,
    /** Horizontal / right-angle mounting. */
    HORIZONTAL,
    /** Vertical / straight mounting, stated explicitly. */
    VERTICAL,
    /** Surface-mount variant of a usually through-hole package (e.g. an SMD pin header). */
    SURFACE_MOUNT,
    /** Female connector (socket, receptacle). */
    FEMALE,
    /** Male connector (pin header, plug). */
    MALE,
    /** Shrouded / box header. */
    SHROUDED
}
