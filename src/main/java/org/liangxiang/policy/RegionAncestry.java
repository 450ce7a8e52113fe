package org.liangxiang.policy;

import java.util.List;
import org.liangxiang.shared.RegionCode;

/**
 * The region and its ancestors, most specific first ({@code 410102001 -> 410102 -> 410100 -> 410000}). The one place to
 * switch to the region module's tree ({@code Regions.parentChain}), which knows the development zones and the counties
 * served by another office; until then the chain is read from the digits.
 */
interface RegionAncestry {

    List<RegionCode> chain(RegionCode region);
}
