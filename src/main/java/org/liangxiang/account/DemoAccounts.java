package org.liangxiang.account;

import java.util.List;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's accounts (listed in the README): for Zhengzhou (中原区) and Luoyang (涧西区) a township clerk, a
 * staff assistant, a county federation reviewer and a county civil-affairs approver; a county, a city and a province
 * supervisor; the three administrators; and a few applicants. Created once, on the first start; never in prod.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** A demo staff member; {@code personId} is a synthetic resident id (valid check character, no real person). */
    record DemoStaff(String username, String fullName, StaffRole role, String jurisdiction, String personId) {}

    record DemoApplicant(String mobile, String fullName, String residentId, String certificateNumber) {}

    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("zz-clerk", "王晓丽", StaffRole.TOWNSHIP_CLERK, "410102001", "410102199403199890"),
            new DemoStaff("zz-assistant", "李建国", StaffRole.STAFF_ASSISTANT, "410102001", "410102197106123065"),
            new DemoStaff("zz-federation", "赵敏", StaffRole.FEDERATION_REVIEWER, "410102", "41010219721222859X"),
            new DemoStaff("zz-civil", "陈志强", StaffRole.CIVIL_AFFAIRS_APPROVER, "410102", "410102199311286540"),
            new DemoStaff("ly-clerk", "刘芳", StaffRole.TOWNSHIP_CLERK, "410305001", "41030519951106319X"),
            new DemoStaff("ly-assistant", "张伟", StaffRole.STAFF_ASSISTANT, "410305001", "410305197011071012"),
            new DemoStaff("ly-federation", "孙丽娟", StaffRole.FEDERATION_REVIEWER, "410305", "410305199311282400"),
            new DemoStaff("ly-civil", "周海涛", StaffRole.CIVIL_AFFAIRS_APPROVER, "410305", "410305198011132713"),
            new DemoStaff("county-supervisor", "吴静", StaffRole.COUNTY_SUPERVISOR, "410102", "410102197210175842"),
            new DemoStaff("city-supervisor", "郑磊", StaffRole.CITY_SUPERVISOR, "410100", "41010019890103205X"),
            new DemoStaff("province-supervisor", "冯雪", StaffRole.PROVINCE_SUPERVISOR, "410000", "410100198206071903"),
            new DemoStaff("sys-admin", "韩冰", StaffRole.SYSTEM_ADMIN, "410000", "410105197204073531"),
            new DemoStaff("sec-admin", "杨帆", StaffRole.SECURITY_ADMIN, "410000", "410105199502099018"),
            new DemoStaff("audit-admin", "朱琳", StaffRole.AUDIT_ADMIN, "410000", "410105199410238690"));

    static final List<DemoApplicant> APPLICANTS = List.of(
            new DemoApplicant("13800000001", "张桂兰", "410102195803150027", "41010219580315002742"),
            new DemoApplicant("13800000002", "李明", "410305198911020039", "41030519891102003962"),
            new DemoApplicant("13800000003", null, null, null));

    private final StaffAccounts staff;
    private final ApplicantAccounts applicants;
    private final TransactionTemplate transactions;
    private final String password;

    DemoAccounts(
            StaffAccounts staff,
            ApplicantAccounts applicants,
            TransactionTemplate transactions,
            @Value("${liangxiang.demo.password}") String password) {
        this.staff = staff;
        this.applicants = applicants;
        this.transactions = transactions;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoStaff s : STAFF) {
            if (staff.findByUsername(s.username()).isEmpty()) {
                transactions.executeWithoutResult(tx -> staff.create(
                        new NewStaffAccount(
                                s.username(), s.fullName(), s.personId(), password, s.role(), s.jurisdiction()),
                        "system"));
                created++;
            }
        }
        for (DemoApplicant a : APPLICANTS) {
            if (applicants.findByMobile(a.mobile()).isEmpty()) {
                transactions.executeWithoutResult(tx -> {
                    var id = applicants.register(a.mobile(), password);
                    if (a.residentId() != null) {
                        ResidentId residentId = ResidentId.of(a.residentId());
                        applicants.bindRealName(
                                id, a.fullName(), residentId, CertificateNumber.of(a.certificateNumber(), residentId));
                    }
                });
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo profile: created {} demo accounts (see README for the list)", created);
        }
    }
}
