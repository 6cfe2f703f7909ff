package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.MappingInput;
import java.util.List;
import java.util.Map;

/**
 * A link of the {@link MappingChain} behind its in-memory memo, like an OkHttp interceptor: it answers an input
 * itself or asks the link after it. The last link runs the mapping rules ({@link RuleLinks}); a
 * {@link PersistentCacheLink} may stand in front of it.
 */
interface DecisionLink {

    /** The decision for {@code input}. */
    ChainDecision decide(MappingInput input);

    /** The decisions for distinct {@code inputs}, each as {@link #decide} gives it, with fewer round trips. */
    Map<MappingInput, ChainDecision> decideAll(List<MappingInput> inputs);
}
