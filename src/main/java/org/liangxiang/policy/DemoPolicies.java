package org.liangxiang.policy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.shared.RegionCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's policy (example figures, ../shared/DOMAIN.md): Henan's floor of 60 yuan a month for each subsidy
 * and its 3 : 3 : 4 sharing of the living subsidy; Zhengzhou's 120 (living) and 100 (care); Luoyang's 涧西区 with the
 * care subsidy extended to level 3 and 4 intellectual and mental disability. Fixed ids, so a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPolicies implements ApplicationRunner {

    record Seed(String name, String region, LocalDate from, Map<String, Object> settings, String note) {

        UUID id() {
            return UUID.nameUUIDFromBytes(("policy-demo:" + name).getBytes(StandardCharsets.UTF_8));
        }
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(
                    "henan",
                    "410000",
                    LocalDate.of(2016, 1, 1),
                    Map.of(
                            "money.living.amountFen", 6000,
                            "money.care.amountFen", 6000,
                            "money.living.fundingShares", Map.of("province", 30, "city", 30, "county", 40)),
                    "示例：河南省级标准（豫政〔2016〕60号，示例数额）"),
            new Seed(
                    "zhengzhou",
                    "410100",
                    LocalDate.of(2016, 1, 1),
                    Map.of("money.living.amountFen", 12000, "money.care.amountFen", 10000),
                    "示例：郑州市提高标准"),
            new Seed(
                    "luoyang-jianxi",
                    "410305",
                    LocalDate.of(2024, 1, 1),
                    Map.of("eligibility.care.levels3And4IntellectualOrMental", true),
                    "示例：涧西区护理补贴扩展到三、四级智力、精神残疾"));

    private final Policies policies;

    DemoPolicies(Policies policies) {
        this.policies = policies;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Seed seed : SEEDS) {
            policies.seed(
                    seed.id(),
                    new NewPolicyVersion(RegionCode.of(seed.region()), seed.from(), seed.settings(), seed.note()));
        }
    }
}
