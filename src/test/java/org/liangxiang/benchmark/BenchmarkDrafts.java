package org.liangxiang.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drafts ready to submit (both subsidies, every required material uploaded), made through intake's services. */
final class BenchmarkDrafts {

    private final ApplicationDrafts drafts;
    private final ApplicationMaterials materials;
    private final RequiredMaterials required;
    private final JdbcClient jdbc;
    private final SplittableRandom random = new SplittableRandom();
    private final java.util.Set<String> drawn = new java.util.HashSet<>();

    BenchmarkDrafts(
            ApplicationDrafts drafts, ApplicationMaterials materials, RequiredMaterials required, JdbcClient jdbc) {
        this.drafts = drafts;
        this.materials = materials;
        this.required = required;
        this.jdbc = jdbc;
    }

    /** {@code count} drafts of the actor for people of the township, made on two threads. */
    List<ApplicationId> prepare(Actor actor, String township, int count) throws Exception {
        List<ApplicationId> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> ids.add(free(actor, township))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new ArrayList<>(ids);
    }

    /**
     * A draft for a person without an open application: the random ids can meet a loaded person's, or one of an earlier
     * run's submissions (never reviewed, so still open), and the one-open rule would refuse the submission in a window
     * (run 14: two of 800 in one run). Such a draft is left a draft and another person drawn.
     */
    private ApplicationId free(Actor actor, String township) {
        while (true) {
            ApplicationId id = one(actor, township, residentId());
            boolean taken = jdbc.sql("""
                            SELECT EXISTS (SELECT 1 FROM intake_application_subsidy s
                                            WHERE s.open AND s.resident_id_index =
                                                  (SELECT resident_id_index FROM intake_application WHERE id = ?))""").param(id.value()).query(Boolean.class).single();
            if (!taken) {
                return id;
            }
        }
    }

    private ApplicationId one(Actor actor, String township, ResidentId person) {
        DraftForm form = new DraftForm(
                new PersonDetails("王秀英", person.value(), person.value() + "11", "河南省郑州市中原区建设路1号", township, false),
                null,
                List.of(Subsidy.LIVING.name(), Subsidy.CARE.name()),
                township,
                new PayeeDetails("PERSON", "王秀英", "中国工商银行", "6222020200001234567"),
                null);
        SubmittedApplication draft = drafts.create(actor, form);
        for (RequiredMaterial m : required.forApplication(
                RegionCode.of(township), Set.of(Subsidy.LIVING, Subsidy.CARE), Set.of(), ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                materials.upload(actor, draft.id(), m.material().name(), "m.pdf", pdf());
            }
        }
        return draft.id();
    }

    /** A fresh resident id (Zhengzhou's codes, a random birth date and sequence number), never drawn before here. */
    private synchronized ResidentId residentId() {
        ResidentId id;
        do {
            id = draw();
        } while (!drawn.add(id.value()));
        return id;
    }

    private ResidentId draw() {
        LocalDate birth = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "4101" + String.format("%02d", random.nextInt(100))
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
        return ResidentId.of(first17 + ResidentId.checkCharacter(first17));
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n% benchmark " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
