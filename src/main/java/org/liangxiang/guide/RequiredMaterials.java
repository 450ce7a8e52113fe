package org.liangxiang.guide;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.policy.LayeredResolution;
import org.liangxiang.policy.LayeredSettings;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.SettingsVersionTable;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Memo;
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
 * Which materials an application needs, by the rules of its township on the date: the national list, overridden by
 * the province, city, county or township's effective-dated versions, resolved like policy. Intake blocks submission
 * with {@link #requireComplete}, whose message names each missing material.
 */
@Service
public class RequiredMaterials {

    static final String TABLE = "guide_materials_version";

    private final SettingsVersionTable versions;
    private final LayeredSettings layers;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(VersionRules.ZONE);
    /** The materials needed, combined once for each rules' resolution, subsidies and situations (a few in use). */
    private final Memo<Needs, List<RequiredMaterial>> combined = new Memo<>(1_000);

    RequiredMaterials(
            JdbcClient jdbc,
            JsonMapper json,
            LayeredSettings layers,
            MessageSource messages,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.versions = new SettingsVersionTable(jdbc, json, TABLE);
        this.layers = layers;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
    }

    /** The materials needed (required, optional, or checked against data instead), each with its reason. */
    @Transactional(readOnly = true)
    public List<RequiredMaterial> forApplication(
            RegionCode township, Set<Subsidy> subsidies, Set<Situation> situations, LocalDate date) {
        if (subsidies == null || subsidies.isEmpty()) {
            throw new InvalidValueException(
                    "subsidies", "GUIDE_SUBSIDY_REQUIRED", "请至少选择一项补贴", "Choose at least one subsidy");
        }
        Needs needs = new Needs(
                rules(township, date), Set.copyOf(subsidies), situations == null ? Set.of() : Set.copyOf(situations));
        return combined.get(needs, n -> MaterialRules.combine(n.rules(), n.subsidies(), n.situations()));
    }

    /**
     * What the materials needed depend on: the rules resolved from given versions (one instance per versions, {@link
     * LayeredSettings#resolve}, so a new version is a new key), the subsidies and the situations.
     */
    private record Needs(LayeredResolution rules, Set<Subsidy> subsidies, Set<Situation> situations) {}

    /** The required materials not among those provided. */
    public List<RequiredMaterial> missing(
            RegionCode township,
            Set<Subsidy> subsidies,
            Set<Situation> situations,
            LocalDate date,
            Set<MaterialType> provided) {
        return forApplication(township, subsidies, situations, date).stream()
                .filter(m -> m.requirement() == Requirement.REQUIRED && !provided.contains(m.material()))
                .toList();
    }

    /** Refuses, naming each missing material in Chinese and English, unless every required one is provided. */
    public void requireComplete(
            RegionCode township,
            Set<Subsidy> subsidies,
            Set<Situation> situations,
            LocalDate date,
            Set<MaterialType> provided) {
        List<RequiredMaterial> missing = missing(township, subsidies, situations, date, provided);
        if (!missing.isEmpty()) {
            throw new InvalidValueException(
                    "materials",
                    "GUIDE_MATERIALS_MISSING",
                    "还缺少以下材料：" + names(missing, Locale.SIMPLIFIED_CHINESE, "、"),
                    "These materials are missing: " + names(missing, Locale.ENGLISH, ", "));
        }
    }

    private String names(List<RequiredMaterial> materials, Locale locale, String separator) {
        return String.join(
                separator,
                materials.stream()
                        .map(m -> messages.getMessage("guide.material." + m.material() + ".name", null, locale))
                        .toList());
    }

    LayeredResolution rules(RegionCode region, LocalDate date) {
        return layers.resolve(region, date, versions);
    }

    /** The region's own material-rule versions, oldest first. */
    public List<SettingsVersion> versions(RegionCode region) {
        return versions.ofRegion(region);
    }

    /** New material rules for the region from tomorrow or later; audited and announced. */
    @Transactional
    public SettingsVersion createVersion(
            RegionCode region, LocalDate effectiveFrom, Map<String, Object> settings, String note, String actorId) {
        VersionRules.checkEffectiveFrom(effectiveFrom, VersionRules.today(clock));
        return store(UUID.randomUUID(), region, effectiveFrom, settings, note, actorId);
    }

    /** Seeds rules with a fixed id, dated as given; does nothing if they exist. */
    @Transactional
    SettingsVersion seed(UUID id, RegionCode region, LocalDate from, Map<String, Object> settings, String note) {
        return versions.exists(id)
                ? versions.find(id).orElseThrow()
                : store(id, region, from, settings, note, "system");
    }

    private SettingsVersion store(
            UUID id, RegionCode region, LocalDate from, Map<String, Object> settings, String note, String actorId) {
        VersionRules.checkRegion(region);
        layers.chain(region); // refuses a code the region tree does not know
        VersionRules.checkNotEmpty(settings);
        VersionRules.checkNote(note);
        Map<String, Object> canonical = MaterialRules.canonical(settings);
        SettingsVersion version = versions.insert(id, region, from, canonical, actorId, note);
        audit.record(AuditEntry.of("GUIDE_MATERIALS_VERSION_CREATED", actorId)
                .withObject("GUIDE_MATERIALS_VERSION", id.toString())
                .withChange(null, region + "@" + from + " " + canonical.keySet())
                .withReason(note));
        events.publishEvent(new GuideVersionCreated(
                EventEnvelope.of(actorId, "system".equals(actorId) ? "SYSTEM" : "ADMIN_API"),
                id,
                "MATERIALS",
                region.value(),
                from));
        return version;
    }
}
