package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent cache as a link of the chain (OkHttp's {@code CacheInterceptor}): a stored decision answers; else the
 * next link decides and the decision is stored, unless a rule failed on it (a later run, with the rule fixed, decides
 * the input again). A failing store is treated as empty, with one warning. Thread-safe.
 */
final class PersistentCacheLink implements DecisionLink {

    private static final Logger LOG = LoggerFactory.getLogger(MappingChain.class);

    private final CacheStore store;
    private final DecisionLink next;
    private final LongAdder hits = new LongAdder();
    private final AtomicBoolean failureReported = new AtomicBoolean();

    /** @param store the store; the caller closes it after the run */
    PersistentCacheLink(CacheStore store, DecisionLink next) {
        this.store = store;
        this.next = next;
    }

    @Override
    public ChainDecision decide(MappingInput input) {
        Optional<MappingDecision> stored = get(input);
        if (stored.isPresent()) {
            hits.increment();
            return ChainDecision.clean(stored.get());
        }
        ChainDecision decision = next.decide(input);
        put(input, decision);
        return decision;
    }

    @Override
    public Map<MappingInput, ChainDecision> decideAll(List<MappingInput> inputs) {
        Map<MappingInput, ChainDecision> known = new HashMap<>();
        getAll(inputs).forEach((input, decision) -> known.put(input, ChainDecision.clean(decision)));
        hits.add(known.size());
        List<MappingInput> missing = new ArrayList<>();
        inputs.stream().filter(i -> !known.containsKey(i)).forEach(missing::add);
        if (!missing.isEmpty()) {
            Map<MappingInput, ChainDecision> decided = next.decideAll(missing);
            missing.forEach(input -> put(input, decided.get(input)));
            known.putAll(decided);
        }
        return known;
    }

    /** How many inputs the store answered. */
    long hits() {
        return hits.sum();
    }

    private Optional<MappingDecision> get(MappingInput input) {
        try {
            Optional<MappingDecision> stored = store.get(input);
            return stored == null ? Optional.empty() : stored;
        } catch (RuntimeException e) {
            failed("reading", e);
            return Optional.empty();
        }
    }

    private Map<MappingInput, MappingDecision> getAll(List<MappingInput> inputs) {
        try {
            return store.getAll(inputs);
        } catch (RuntimeException e) {
            failed("reading", e);
            return Map.of();
        }
    }

    /** Stores a decision no rule failed on: one standing in for a failed rule must be decided again next run. */
    private void put(MappingInput input, ChainDecision decision) {
        if (decision.failure().isPresent()) {
            return;
        }
        try {
            store.put(input, decision.decision());
        } catch (RuntimeException e) {
            failed("writing", e);
        }
    }

    private void failed(String what, RuntimeException e) {
        if (failureReported.compareAndSet(false, true)) {
            LOG.warn("The persistent mapping cache {} failed {} a decision ({}); treating it as a miss (further failures "
                    + "are not reported)", store, what, e.toString());
        }
    }
}
