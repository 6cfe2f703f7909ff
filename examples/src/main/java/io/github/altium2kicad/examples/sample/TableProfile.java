package io.github.altium2kicad.examples.sample;

import java.util.List;
import java.util.Objects;

/**
 * How one table's rows were kept by the (fictitious) company: which footprint naming generations are mixed in,
 * how often an alternate footprint was added, and so on. All shares are probabilities per row.
 *
 * @param name                 table name
 * @param keyPrefix            prefix of the table's part numbers ({@code RES} gives {@code RES-10001})
 * @param parameterColumns     the family's own columns, between {@code Mounting Type} and the links
 * @param alternateFootprints  whether the table has {@code Footprint Ref 2}/{@code Footprint Path 2}
 * @param alternateShare       share of surface-mount rows that fill the alternate footprint
 * @param ipcShare             share of rows named in IPC-7351 style
 * @param altiumShare          share of rows named in Altium style (the rest is house style)
 * @param absolutePathShare    share of rows whose footprint path is an absolute Windows path
 * @param mpnCommentShare      share of rows whose {@code Comment} is {@code =Manufacturer Part Number}
 * @param fileLinkShare        share of rows whose datasheet link is a file-server path instead of a URL
 */
record TableProfile(String name, String keyPrefix, List<String> parameterColumns, boolean alternateFootprints,
                    double alternateShare, double ipcShare, double altiumShare, double absolutePathShare,
                    double mpnCommentShare, double fileLinkShare) {

    TableProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        parameterColumns = List.copyOf(parameterColumns);
        if (ipcShare + altiumShare > 1.0) {
            throw new IllegalArgumentException(name + ": IPC and Altium shares exceed 1");
        }
    }

    /** A profile with the common defaults: no alternates, half IPC, a quarter Altium, few absolute paths. */
    static TableProfile of(String name, String keyPrefix, List<String> parameterColumns) {
        return new TableProfile(name, keyPrefix, parameterColumns, false, 0.0, 0.5, 0.25, 0.02, 0.0, 0.0);
    }

    TableProfile withAlternates(double share) {
        return new TableProfile(name, keyPrefix, parameterColumns, true, share, ipcShare, altiumShare,
                absolutePathShare, mpnCommentShare, fileLinkShare);
    }

    TableProfile withStyles(double ipc, double altium) {
        return new TableProfile(name, keyPrefix, parameterColumns, alternateFootprints, alternateShare, ipc, altium,
                absolutePathShare, mpnCommentShare, fileLinkShare);
    }

    TableProfile withAbsolutePaths(double share) {
        return new TableProfile(name, keyPrefix, parameterColumns, alternateFootprints, alternateShare, ipcShare,
                altiumShare, share, mpnCommentShare, fileLinkShare);
    }

    TableProfile withMpnComments(double share) {
        return new TableProfile(name, keyPrefix, parameterColumns, alternateFootprints, alternateShare, ipcShare,
                altiumShare, absolutePathShare, share, fileLinkShare);
    }

    TableProfile withFileLinks(double share) {
        return new TableProfile(name, keyPrefix, parameterColumns, alternateFootprints, alternateShare, ipcShare,
                altiumShare, absolutePathShare, mpnCommentShare, share);
    }

    /** The table's columns in database order. */
    List<String> columns() {
        return SampleColumns.of(alternateFootprints, parameterColumns);
    }
}
