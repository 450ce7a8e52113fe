package org.liangxiang.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Memo;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional policy: "the policy in force for region R on date D" ({@link #inForce}), the same answer again from a
 * stored reference ({@link #asOf}), and new versions ({@link #create}), which are immutable and apply from their date.
 *
 * <p>Resolution is one indexed query for the versions of the region's chain in force on the date (a handful of rows),
 * merged in memory. For a date after today the query runs on every call. For today or earlier the versions in force
 * are settled (a new version applies from tomorrow at the earliest), so each node remembers them per chain and date
 * ({@link SettingsVersionTable#candidates}) and a version created on one node is still seen by all on its first day.
 * The merge is remembered too: versions never change once stored, so the same region, date and versions in force give
 * the same answer (a small map keyed by them; a new version in force changes the key).
 */
@Service
public class Policies {

    static final String TABLE = "policy_version";

    private final SettingsVersionTable versions;
    private final LayeredSettings layers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Memo<Resolved, PolicyInForce> resolved = new Memo<>(10_000);

    Policies(
            JdbcClient jdbc,
            JsonMapper json,
            LayeredSettings layers,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.versions = new SettingsVersionTable(jdbc, json, TABLE);
        this.layers = layers;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.system(VersionRules.ZONE);
    }

    /** The policy in force for the region (province to township; a village takes its township's) on the date. */
    @Transactional(readOnly = true)
    public PolicyInForce inForce(RegionCode region, LocalDate date) {
        List<RegionCode> chain = layers.chain(region);
        List<SettingsVersion> candidates = versions.candidates(chain, date);
        Resolved key = new Resolved(
                region, date, candidates.stream().map(SettingsVersion::id).collect(Collectors.toSet()));
        return resolved.get(key, k -> new PolicyInForce(region, date, LayeredSettings.merge(chain, candidates)));
    }

    /** What a resolution depends on: the region, the date and the versions in force for its chain on that date. */
    private record Resolved(RegionCode region, LocalDate date, Set<UUID> candidates) {}

    /** The answer a decision got, from the reference it stored, whatever versions have been added since. */
    @Transactional(readOnly = true)
    public PolicyInForce asOf(PolicyReference reference) {
        if (!PolicyFields.BASELINE.equals(reference.baseline())) {
            throw new InvalidValueException(
                    "reference",
                    "POLICY_REFERENCE_BASELINE",
                    "该引用所依据的全国基准已不在本系统中",
                    "The reference was made under a national baseline this system no longer has");
        }
        Map<UUID, SettingsVersion> found = versions.byIds(reference.versionIds()).stream()
                .collect(Collectors.toMap(SettingsVersion::id, Function.identity()));
        if (found.size() != reference.versionIds().size()) {
            throw new InvalidValueException(
                    "reference",
                    "POLICY_REFERENCE_UNKNOWN_VERSION",
                    "引用了不存在的政策版本",
                    "The reference names an unknown version");
        }
        List<SettingsVersion> inOrder =
                reference.versionIds().stream().map(found::get).toList();
        return new PolicyInForce(reference.region(), reference.date(), LayeredSettings.reproduce(inOrder));
    }

    public PolicyInForce asOf(String reference) {
        return asOf(PolicyReference.parse(reference));
    }

    /**
     * Forgets the versions in force that this node remembers, after versions were written other than through this
     * service (by hand in SQL, as a test fixture does for a past date).
     */
    public void forgetSettled() {
        versions.forgetSettled();
    }

    /** The region's own versions, oldest first. */
    public List<SettingsVersion> versions(RegionCode region) {
        return versions.ofRegion(region);
    }

    public Optional<SettingsVersion> version(UUID id) {
        return versions.find(id);
    }

    public LocalDate today() {
        return VersionRules.today(clock);
    }

    /** Creates a version from tomorrow or later; audited, and announced with {@link PolicyVersionCreated}. */
    @Transactional
    public SettingsVersion create(NewPolicyVersion request, String actorId) {
        VersionRules.checkEffectiveFrom(request.effectiveFrom(), today());
        return store(UUID.randomUUID(), request, actorId, "ADMIN_API");
    }

    /** Seeds a version with a fixed id, dated as given (even in the past); does nothing if it exists. */
    @Transactional
    SettingsVersion seed(UUID id, NewPolicyVersion request) {
        return versions.exists(id) ? versions.find(id).orElseThrow() : store(id, request, "system", "SYSTEM");
    }

    private SettingsVersion store(UUID id, NewPolicyVersion request, String actorId, String channel) {
        VersionRules.checkRegion(request.region());
        layers.chain(request.region()); // refuses a code the region tree does not know
        VersionRules.checkNotEmpty(request.settings());
        VersionRules.checkNote(request.note());
        Map<String, Object> settings = canonical(request.settings());
        SettingsVersion version =
                versions.insert(id, request.region(), request.effectiveFrom(), settings, actorId, request.note());
        audit.record(AuditEntry.of("POLICY_VERSION_CREATED", actorId)
                .withObject("POLICY_VERSION", id.toString())
                .withChange(null, request.region() + "@" + request.effectiveFrom() + " " + settings.keySet())
                .withReason(request.note()));
        events.publishEvent(new PolicyVersionCreated(
                EventEnvelope.of(actorId, channel), id, request.region().value(), request.effectiveFrom()));
        return version;
    }

    /** Every key known and every value valid, each written in its canonical form; null clears the region's value. */
    static Map<String, Object> canonical(Map<String, Object> settings) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            PolicyField<?> field = PolicyFields.byKey(e.getKey())
                    .orElseThrow(() -> new InvalidValueException(
                            e.getKey(), "POLICY_KEY_UNKNOWN", "没有这个政策设置项", "There is no policy setting with this key"));
            result.put(field.key(), field.canonical(e.getValue()));
        }
        return result;
    }
}
