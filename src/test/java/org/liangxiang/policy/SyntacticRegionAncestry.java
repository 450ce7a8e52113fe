package org.liangxiang.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liangxiang.shared.RegionCode;

/**
 * The chain read from the digits (village -> township -> county -> prefecture -> province), for unit tests that need
 * no region tree.
 */
class SyntacticRegionAncestry implements RegionAncestry {

    @Override
    public List<RegionCode> chain(RegionCode region) {
        List<RegionCode> chain = new ArrayList<>();
        Optional<RegionCode> next = Optional.of(region);
        while (next.isPresent()) {
            chain.add(next.get());
            next = next.get().syntacticParent();
        }
        return List.copyOf(chain);
    }
}
