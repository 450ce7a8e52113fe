package org.liangxiang.policy;

import java.util.List;
import org.liangxiang.shared.Money;

/**
 * Who bears a subsidy's cost, in percent: province, city (prefecture), county; they add up to 100. Henan's living
 * subsidy is 30 : 30 : 40 (豫政〔2016〕60号 as DOMAIN.md gives it).
 */
public record FundingShares(int provincePercent, int cityPercent, int countyPercent) {

    /** The amount split into the province's, the city's and the county's parts, adding up to it exactly. */
    public List<Money> split(Money amount) {
        return amount.split(provincePercent, cityPercent, countyPercent);
    }
}
