package org.liangxiang.policy;

import static org.liangxiang.policy.Codecs.constant;
import static org.liangxiang.policy.Codecs.list;
import static org.liangxiang.policy.Codecs.longIn;
import static org.liangxiang.policy.Codecs.object;
import static org.liangxiang.policy.Codecs.refuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;

/** The structured settings: amounts by disability level, funding shares and the review chain. */
final class CompoundCodecs {

    static final int MAX_STEP_DAYS = 30;

    private CompoundCodecs() {}

    /** {@code {"LEVEL_1": 12000, "LEVEL_2": 10000}}: the monthly amount for those levels instead of the base amount. */
    static FieldCodec<Map<DisabilityLevel, Money>> tiers(long maxFen) {
        return new FieldCodec<>() {
            @Override
            public Map<DisabilityLevel, Money> read(String key, Object json) {
                Map<DisabilityLevel, Money> tiers = new EnumMap<>(DisabilityLevel.class);
                for (Map.Entry<?, ?> e : object(key, json).entrySet()) {
                    if (!(e.getKey() instanceof String level)
                            || DisabilityLevel.ofDigit(digit(level)).isEmpty()) {
                        throw refuse(
                                key,
                                "TIER_LEVEL_UNKNOWN",
                                "档次只能按残疾等级 LEVEL_1 至 LEVEL_4 设置",
                                "Tiers are by disability level, LEVEL_1 to LEVEL_4");
                    }
                    tiers.put(DisabilityLevel.valueOf(level), Money.ofFen(longIn(key, e.getValue(), 0, maxFen)));
                }
                return Collections.unmodifiableMap(tiers);
            }

            @Override
            public Object write(Map<DisabilityLevel, Money> value) {
                Map<String, Object> json = new LinkedHashMap<>();
                new java.util.TreeMap<>(value).forEach((level, amount) -> json.put(level.name(), amount.fen()));
                return json;
            }
        };
    }

    private static int digit(String levelName) {
        return levelName.matches("LEVEL_[1-4]") ? levelName.charAt(6) - '0' : 0;
    }

    /** {@code {"province": 30, "city": 30, "county": 40}}, each 0 to 100, adding up to 100. */
    static FieldCodec<FundingShares> fundingShares() {
        return new FieldCodec<>() {
            @Override
            public FundingShares read(String key, Object json) {
                Map<?, ?> map = object(key, json);
                if (!Set.of("province", "city", "county").equals(map.keySet())) {
                    throw refuse(
                            key,
                            "SHARES_MEMBERS",
                            "应给出省、市、县三级的分担比例（province、city、county）",
                            "Give the province, city and county shares (province, city, county)");
                }
                FundingShares shares = new FundingShares(
                        (int) longIn(key, map.get("province"), 0, 100),
                        (int) longIn(key, map.get("city"), 0, 100),
                        (int) longIn(key, map.get("county"), 0, 100));
                if (shares.provincePercent() + shares.cityPercent() + shares.countyPercent() != 100) {
                    throw refuse(key, "SHARES_SUM_100", "三级分担比例之和应为100", "The shares must add up to 100");
                }
                return shares;
            }

            @Override
            public Object write(FundingShares value) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("province", value.provincePercent());
                json.put("city", value.cityPercent());
                json.put("county", value.countyPercent());
                return json;
            }
        };
    }

    /**
     * An ordered list of {@code {"step", "office", "workingDays"}}: the township check, the federation review and the
     * civil-affairs decision each exactly once and in that order, the decision last; a public notice at most once.
     */
    static FieldCodec<List<ReviewChainStep>> reviewChain() {
        return new FieldCodec<>() {
            @Override
            public List<ReviewChainStep> read(String key, Object json) {
                List<ReviewChainStep> chain = new ArrayList<>();
                for (Object item : list(key, json)) {
                    Map<?, ?> step = object(key, item);
                    chain.add(new ReviewChainStep(
                            constant(key, ReviewStep.class, step.get("step")),
                            constant(key, ReviewOffice.class, step.get("office")),
                            (int) longIn(key, step.get("workingDays"), 1, MAX_STEP_DAYS)));
                }
                checkSteps(key, chain);
                return List.copyOf(chain);
            }

            @Override
            public Object write(List<ReviewChainStep> value) {
                return value.stream()
                        .map(s -> {
                            Map<String, Object> json = new LinkedHashMap<>();
                            json.put("step", s.step().name());
                            json.put("office", s.office().name());
                            json.put("workingDays", s.workingDays());
                            return json;
                        })
                        .toList();
            }
        };
    }

    private static void checkSteps(String key, List<ReviewChainStep> chain) {
        Set<ReviewStep> seen = EnumSet.noneOf(ReviewStep.class);
        for (ReviewChainStep s : chain) {
            if (!seen.add(s.step())) {
                throw refuse(key, "REVIEW_STEP_REPEATED", "审核环节不能重复", "A review step appears twice");
            }
        }
        if (!seen.containsAll(EnumSet.complementOf(EnumSet.of(ReviewStep.PUBLIC_NOTICE)))) {
            throw refuse(
                    key,
                    "REVIEW_STEP_MISSING",
                    "审核流程须包含初审、审核和审定（可委托乡镇办理）",
                    "The chain needs the township check, federation review and civil-affairs decision (which may be"
                            + " delegated to townships)");
        }
        List<ReviewStep> core = chain.stream()
                .map(ReviewChainStep::step)
                .filter(s -> s != ReviewStep.PUBLIC_NOTICE)
                .toList();
        boolean inOrder = core.equals(
                List.of(ReviewStep.TOWNSHIP_CHECK, ReviewStep.FEDERATION_REVIEW, ReviewStep.CIVIL_AFFAIRS_DECISION));
        if (!inOrder || chain.get(chain.size() - 1).step() != ReviewStep.CIVIL_AFFAIRS_DECISION) {
            throw refuse(
                    key,
                    "REVIEW_CHAIN_ORDER",
                    "审核环节顺序应为初审、审核、审定，审定在最后",
                    "The steps go township check, federation review, civil-affairs decision, the decision last");
        }
    }
}
