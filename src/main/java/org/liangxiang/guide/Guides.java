package org.liangxiang.guide;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.policy.LayeredSettings;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.SettingsVersionTable;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service guide per region and subsidy: figures from {@link Policies}, materials from {@link RequiredMaterials},
 * contacts and summaries from the region's content versions (resolved up the chain: a township without its own window
 * shows its county's). Content changes apply from the day given (today by default), since no decision rests on them.
 */
@Service
public class Guides {

    static final String TABLE = "guide_content_version";

    private final SettingsVersionTable versions;
    private final LayeredSettings layers;
    private final Policies policies;
    private final RequiredMaterials materials;
    private final GuideAssembler assembler;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(VersionRules.ZONE);

    Guides(
            JdbcClient jdbc,
            JsonMapper json,
            LayeredSettings layers,
            Policies policies,
            RequiredMaterials materials,
            MessageSource messages,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.versions = new SettingsVersionTable(jdbc, json, TABLE);
        this.layers = layers;
        this.policies = policies;
        this.materials = materials;
        this.assembler = new GuideAssembler(messages);
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Guide guide(RegionCode region, Subsidy subsidy, LocalDate date) {
        return assembler.assemble(
                region,
                subsidy,
                date,
                policies.inForce(region, date),
                materials.rules(region, date),
                layers.resolve(region, date, versions));
    }

    public LocalDate today() {
        return VersionRules.today(clock);
    }

    /** The region's own content versions, oldest first. */
    public List<SettingsVersion> contentVersions(RegionCode region) {
        return versions.ofRegion(region);
    }

    /**
     * Replaces the region's content from the date (today if null): the contacts (by office role) and summaries (by
     * subsidy) given; those not given follow the region above again. Audited and announced.
     */
    @Transactional
    public SettingsVersion replaceContent(
            RegionCode region,
            LocalDate effectiveFrom,
            Map<String, Object> contacts,
            Map<String, Object> summaries,
            String note,
            String actorId) {
        LocalDate from = effectiveFrom == null ? today() : effectiveFrom;
        if (from.isBefore(today())) {
            throw new InvalidValueException(
                    "effectiveFrom",
                    "VERSION_EFFECTIVE_FROM_PAST",
                    "生效日期不能早于今天",
                    "The effective date cannot be in the past");
        }
        return store(UUID.randomUUID(), region, from, ContentRules.replacing(contacts, summaries), note, actorId);
    }

    /** Seeds content with a fixed id, dated as given; does nothing if it exists. */
    @Transactional
    SettingsVersion seed(UUID id, RegionCode region, LocalDate from, Map<String, Object> contacts, String note) {
        return versions.exists(id)
                ? versions.find(id).orElseThrow()
                : store(id, region, from, ContentRules.replacing(contacts, Map.of()), note, "system");
    }

    private SettingsVersion store(
            UUID id, RegionCode region, LocalDate from, Map<String, Object> content, String note, String actorId) {
        VersionRules.checkRegion(region);
        layers.chain(region); // refuses a code the region tree does not know
        VersionRules.checkNote(note);
        SettingsVersion version = versions.insert(id, region, from, content, actorId, note);
        audit.record(AuditEntry.of("GUIDE_CONTENT_VERSION_CREATED", actorId)
                .withObject("GUIDE_CONTENT_VERSION", id.toString())
                .withChange(null, region + "@" + from)
                .withReason(note));
        events.publishEvent(new GuideVersionCreated(
                EventEnvelope.of(actorId, "system".equals(actorId) ? "SYSTEM" : "ADMIN_API"),
                id,
                "CONTENT",
                region.value(),
                from));
        return version;
    }
}
