package org.liangxiang.policy;

import java.util.List;
import org.liangxiang.shared.RegionCode;

/**
 * The region and its ancestors, most specific first ({@code 410102001 -> 410102 -> 410100 -> 410000}): the one place
 * where policy and guide resolution learn the region tree ({@link RegionTreeAncestry} asks the region module).
 */
interface RegionAncestry {

    List<RegionCode> chain(RegionCode region);
}
