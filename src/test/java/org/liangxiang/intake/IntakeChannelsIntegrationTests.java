package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.intake.IntakeFixtures.LUOYANG_TOWNSHIP;
import static org.liangxiang.intake.IntakeFixtures.form;
import static org.liangxiang.intake.IntakeFixtures.residentId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;

/** The partner channel, the database-kept one-open rule under concurrent submissions, and idempotency keys. */
@IntegrationTest
class IntakeChannelsIntegrationTests {

    @Autowired
    PartnerIntake partners;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    IdempotencyKeys idempotency;

    @Test
    void aPartnerApplicationIsSubmittedOncePerExternalId() {
        String partner = "henan-" + UUID.randomUUID().toString().substring(0, 8);
        ResidentId person = residentId();
        Map<String, PartnerIntake.PartnerMaterial> files = new java.util.HashMap<>();
        for (MaterialType type : IntakeFixtures.required(required, LUOYANG_TOWNSHIP, Set.of(Subsidy.CARE), Set.of())) {
            files.put(type.name(), new PartnerIntake.PartnerMaterial(type + ".pdf", IntakeFixtures.pdf()));
        }

        SubmittedApplication first =
                partners.receive(partner, "EXT-1", form(person, LUOYANG_TOWNSHIP, Subsidy.CARE), files);
        SubmittedApplication again =
                partners.receive(partner, "EXT-1", form(residentId(), LUOYANG_TOWNSHIP, Subsidy.CARE), files);

        assertThat(first.channel()).isEqualTo(Channel.PARTNER);
        assertThat(first.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(again.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> partners.receive(
                        partner, "EXT-2", form(residentId(), LUOYANG_TOWNSHIP, Subsidy.CARE), Map.of()))
                .isInstanceOfSatisfying(
                        org.liangxiang.shared.InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("GUIDE_MATERIALS_MISSING"));
    }

    @Test
    void twoConcurrentSubmissionsForOnePersonLeaveOneOpenApplication() throws Exception {
        ResidentId person = residentId();
        List<SubmittedApplication> ready = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Actor applicant = Actor.applicant(UUID.randomUUID());
            SubmittedApplication draft = drafts.create(applicant, form(person, LUOYANG_TOWNSHIP, Subsidy.CARE));
            IntakeFixtures.uploadRequired(materials, required, applicant, draft, Set.of());
            ready.add(draft);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (SubmittedApplication draft : ready) {
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    return submissions.submit(Actor.system(), draft.id());
                } catch (OpenApplicationExistsException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).filteredOn(SubmittedApplication.class::isInstance).hasSize(1);
        assertThat(results)
                .filteredOn(OpenApplicationExistsException.class::isInstance)
                .hasSize(1);
    }

    @Test
    void aKeyIsRunningUntilItsRequestEndsAndIsFreeAgainAfterARefusal() {
        UUID account = UUID.randomUUID();
        byte[] digest = {1, 2, 3};
        String key = "k-" + UUID.randomUUID();

        IdempotencyKeys.Answer answer = idempotency.run(account, key, digest, () -> {
            assertThatThrownBy(() -> idempotency.run(account, key, digest, () -> new IdempotencyKeys.Answer(200, "{}")))
                    .isInstanceOf(IdempotencyKeys.IdempotencyKeyInUseException.class);
            return new IdempotencyKeys.Answer(200, "{\"n\":1}");
        });
        assertThat(answer.body()).isEqualTo("{\"n\":1}");
        assertThat(idempotency
                        .run(account, key, digest, () -> new IdempotencyKeys.Answer(200, "{\"n\":2}"))
                        .body())
                .isEqualTo("{\"n\":1}");

        String refusedKey = "k-" + UUID.randomUUID();
        assertThatThrownBy(() -> idempotency.run(account, refusedKey, digest, () -> {
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");
        assertThat(idempotency
                        .run(account, refusedKey, digest, () -> new IdempotencyKeys.Answer(201, "{}"))
                        .status())
                .isEqualTo(201);
    }
}
