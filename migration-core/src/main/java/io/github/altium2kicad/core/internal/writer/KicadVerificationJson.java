package io.github.altium2kicad.core.internal.writer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.KicadVerification;
import java.util.Locale;

/** The {@code kicad_verification} object of {@code migration-summary.json}: counts by problem and every finding. */
public final class KicadVerificationJson {

    private KicadVerificationJson() {
    }

    /** Writes {@code v} as fields of {@code out}. */
    public static void write(ObjectNode out, KicadVerification v) {
        out.put("kicad_version", v.kicadVersion());
        out.put("parts_checked", v.partsChecked());
        out.put("parts_loaded", v.partsLoaded());
        out.put("parts_not_loaded", v.partsNotLoaded());
        ObjectNode counts = out.putObject("problems");
        v.countsByProblem().forEach((problem, n) -> counts.put(name(problem), n));
        out.put("erc_runs", v.ercRuns());
        out.put("wall_ms", v.duration().toMillis());
        out.put("ms_per_1000_parts", Math.round(v.millisPerThousandParts()));
        ArrayNode findings = out.putArray("findings");
        for (KicadVerification.Finding f : v.findings()) {
            ObjectNode n = findings.addObject();
            n.put("table", f.table());
            n.put("key", f.key());
            n.put("problem", name(f.problem()));
            n.put("detail", f.detail());
        }
    }

    /** The problem's name in JSON, e.g. {@code symbol_not_found}. */
    public static String name(KicadVerification.Problem problem) {
        return problem.name().toLowerCase(Locale.ROOT);
    }
}
