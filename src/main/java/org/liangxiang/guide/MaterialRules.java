package org.liangxiang.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.policy.LayeredResolution;
import org.liangxiang.policy.ResolvedSetting;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;

/**
 * The material rules: one key per subsidy, situation ({@code BASE} for every application) and material, e.g. {@code
 * materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF}, valued with a {@link Requirement} name. A region's version overrides
 * any key; the national defaults below apply where none does.
 */
final class MaterialRules {

    static final String BASE = "BASE";

    private static final Pattern KEY = Pattern.compile("materials\\.([A-Z_]+)\\.([A-Z_]+)\\.([A-Z_]+)");

    /**
     * The national list (国发〔2015〕52号 and the 2022 全程网办 notice, as provincial guides restate it): the form, the
     * resident id or household register, the certificate and the payee card for both subsidies, the 低保 (or other
     * hardship) proof for the living subsidy; an agent's authorisation when someone applies for the person, the
     * guardianship proof when a guardian's account is paid. Renewals need nothing different nationally.
     */
    static final Map<String, Requirement> NATIONAL = national();

    private MaterialRules() {}

    static String key(Subsidy subsidy, Situation situation, MaterialType material) {
        return "materials." + subsidy.name() + "." + (situation == null ? BASE : situation.name()) + "."
                + material.name();
    }

    private static Map<String, Requirement> national() {
        Map<String, Requirement> rules = new LinkedHashMap<>();
        for (Subsidy subsidy : Subsidy.values()) {
            for (MaterialType material : MaterialType.values()) {
                rules.put(key(subsidy, null, material), Requirement.NOT_NEEDED);
            }
            for (MaterialType material : List.of(
                    MaterialType.APPLICATION_FORM,
                    MaterialType.RESIDENT_ID_OR_HOUSEHOLD_REGISTER,
                    MaterialType.DISABILITY_CERTIFICATE,
                    MaterialType.PAYEE_ACCOUNT_CARD)) {
                rules.put(key(subsidy, null, material), Requirement.REQUIRED);
            }
            rules.put(
                    key(subsidy, Situation.AGENT_APPLYING, MaterialType.AGENT_AUTHORISATION_AND_ID),
                    Requirement.REQUIRED);
            rules.put(key(subsidy, Situation.GUARDIAN_ACCOUNT, MaterialType.GUARDIANSHIP_PROOF), Requirement.REQUIRED);
        }
        rules.put(key(Subsidy.LIVING, null, MaterialType.ASSISTANCE_STATUS_PROOF), Requirement.REQUIRED);
        return Map.copyOf(rules);
    }

    /** Every key known and every value a requirement; null clears the region's own rule. */
    static Map<String, Object> canonical(Map<String, Object> settings) {
        Map<String, Object> result = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            checkKey(key);
            result.put(key, value == null ? null : requirement(key, value).name());
        });
        return result;
    }

    private static void checkKey(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        boolean known = m.matches()
                && isConstant(Subsidy.class, m.group(1))
                && (BASE.equals(m.group(2)) || isConstant(Situation.class, m.group(2)))
                && isConstant(MaterialType.class, m.group(3));
        if (!known) {
            throw new InvalidValueException(
                    key,
                    "GUIDE_MATERIAL_KEY_UNKNOWN",
                    "材料规则的键应为 materials.<补贴>.<BASE或情形>.<材料>",
                    "A material rule's key is materials.<subsidy>.<BASE or situation>.<material>");
        }
    }

    private static Requirement requirement(String key, Object value) {
        if (value instanceof String name && isConstant(Requirement.class, name)) {
            return Requirement.valueOf(name);
        }
        throw new InvalidValueException(
                key,
                "GUIDE_REQUIREMENT_UNKNOWN",
                "应为 REQUIRED、OPTIONAL、REPLACED_BY_DATA_CHECK 或 NOT_NEEDED",
                "Must be REQUIRED, OPTIONAL, REPLACED_BY_DATA_CHECK or NOT_NEEDED");
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The materials the application needs: for each subsidy, a material's base rule, replaced by its situations' rules
     * where they have one (the strongest of them); then the strongest over the subsidies. Materials not needed are left
     * out.
     */
    static List<RequiredMaterial> combine(LayeredResolution rules, Set<Subsidy> subsidies, Set<Situation> situations) {
        List<RequiredMaterial> result = new ArrayList<>();
        for (MaterialType material : MaterialType.values()) {
            RequiredMaterial strongest = null;
            for (Subsidy subsidy : Subsidy.values()) {
                if (subsidies.contains(subsidy)) {
                    strongest = stronger(strongest, forSubsidy(rules, subsidy, situations, material));
                }
            }
            if (strongest != null && strongest.requirement() != Requirement.NOT_NEEDED) {
                result.add(strongest);
            }
        }
        return List.copyOf(result);
    }

    private static RequiredMaterial forSubsidy(
            LayeredResolution rules, Subsidy subsidy, Set<Situation> situations, MaterialType material) {
        RequiredMaterial bySituation = null;
        for (Situation situation : Situation.values()) {
            if (situations.contains(situation)) {
                bySituation = stronger(
                        bySituation, rule(rules, subsidy, situation, material).orElse(null));
            }
        }
        return bySituation != null
                ? bySituation
                : rule(rules, subsidy, null, material).orElseThrow();
    }

    private static Optional<RequiredMaterial> rule(
            LayeredResolution rules, Subsidy subsidy, Situation situation, MaterialType material) {
        String key = key(subsidy, situation, material);
        Requirement national = NATIONAL.get(key);
        ResolvedSetting setting = rules.settingOr(key, national == null ? null : national.name());
        if (setting.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new RequiredMaterial(
                material,
                Requirement.valueOf((String) setting.value()),
                new RequirementReason(
                        subsidy, situation, key, setting.origin(), setting.region(), setting.versionId())));
    }

    private static RequiredMaterial stronger(RequiredMaterial a, RequiredMaterial b) {
        if (a == null) {
            return b;
        }
        return b != null && b.requirement().strongerThan(a.requirement()) ? b : a;
    }
}
