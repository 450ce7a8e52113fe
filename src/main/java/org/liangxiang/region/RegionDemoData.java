package org.liangxiang.region;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo office assignments for Zhengzhou's development zones: the townships of 郑州经济技术开发区 (410171) are served by
 * the city's federation and civil-affairs bureau, those of 郑州高新技术产业开发区 (410172) by 中原区's. Stored once;
 * an administrator's later change is kept.
 */
@Component
@Profile("demo")
class RegionDemoData implements ApplicationRunner {

    static final List<OfficeAssignments.Assignment> ASSIGNMENTS = List.of(
            new OfficeAssignments.Assignment("410171", OfficeKind.COUNTY_FEDERATION, "410100", null),
            new OfficeAssignments.Assignment("410171", OfficeKind.COUNTY_CIVIL_AFFAIRS, "410100", null),
            new OfficeAssignments.Assignment("410172", OfficeKind.COUNTY_FEDERATION, "410102", null),
            new OfficeAssignments.Assignment("410172", OfficeKind.COUNTY_CIVIL_AFFAIRS, "410102", null));

    private final OfficeAssignments assignments;

    RegionDemoData(OfficeAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void run(ApplicationArguments args) {
        ASSIGNMENTS.forEach(a -> assignments.saveIfAbsent(a, "demo"));
    }
}
