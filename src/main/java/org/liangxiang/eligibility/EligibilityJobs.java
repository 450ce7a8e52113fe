package org.liangxiang.eligibility;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled runs, each locked with ShedLock on the database clock so that one node runs it: the monthly re-check
 * (the 1st, 02:00 China time), the daily list of newly issued certificates (03:00) and the monthly discovery (the
 * 1st, 04:00). Each is also available on demand through the API.
 */
@Component
class EligibilityJobs {

    private static final Logger log = LoggerFactory.getLogger(EligibilityJobs.class);

    private final Rechecks rechecks;
    private final Discovery discovery;

    EligibilityJobs(Rechecks rechecks, Discovery discovery) {
        this.rechecks = rechecks;
        this.discovery = discovery;
    }

    @Scheduled(cron = "${liangxiang.eligibility.recheck-cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "eligibility-recheck", lockAtMostFor = "PT6H")
    public void monthlyRecheck() {
        RecheckRun run = rechecks.run(ChinaTime.today(), "MONTHLY", "system");
        log.info(
                "Re-check {}: {} beneficiaries, {} proposals, {} expiring certificates",
                run.id(),
                run.beneficiaries(),
                run.proposals(),
                run.expiring());
    }

    @Scheduled(cron = "${liangxiang.eligibility.new-certificates-cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "eligibility-new-certificates", lockAtMostFor = "PT2H")
    public void dailyNewCertificates() {
        long listed = discovery.newCertificates(ChinaTime.today(), "system");
        log.info("Discovery: {} newly issued certificates listed", listed);
    }

    @Scheduled(cron = "${liangxiang.eligibility.discovery-cron:0 0 4 1 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "eligibility-discovery", lockAtMostFor = "PT6H")
    public void monthlyDiscovery() {
        long listed = discovery.appearToQualify(ChinaTime.today(), "system");
        log.info("Discovery: {} people appear to qualify but receive nothing", listed);
    }
}
