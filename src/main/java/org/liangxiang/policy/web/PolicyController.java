package org.liangxiang.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.liangxiang.policy.NewPolicyVersion;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyFields;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.VersionRules;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' policy API: the fields, each region's versions, new versions, and the policy in force. */
@RestController
@RequestMapping("/api/policy")
@Tag(name = "Policy", description = "Effective-dated regional policy (地方政策设置)")
class PolicyController {

    private final Policies policies;
    private final MessageSource messages;

    PolicyController(Policies policies, MessageSource messages) {
        this.policies = policies;
        this.messages = messages;
    }

    /** A new version as posted: strings are parsed here so that a bad one is refused naming its field. */
    record NewVersionRequest(String region, String effectiveFrom, Map<String, Object> settings, String note) {}

    @PostMapping("/versions")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(
            summary = "Create a policy version",
            description = "Sets the given fields for the region from effectiveFrom (tomorrow at the earliest). A field"
                    + " mapped to null clears the region's own value. Versions are immutable.")
    ResponseEntity<PolicyViews.Version> create(@RequestBody NewVersionRequest request, Authentication actor) {
        NewPolicyVersion version = new NewPolicyVersion(
                VersionRules.parseRegion("region", request.region()),
                VersionRules.parseDate("effectiveFrom", request.effectiveFrom(), null),
                request.settings(),
                request.note());
        SettingsVersion created = policies.create(version, actor.getName());
        return ResponseEntity.created(URI.create("/api/policy/versions/" + created.id()))
                .body(PolicyViews.Version.of(created));
    }

    @GetMapping("/versions")
    @Operation(summary = "A region's own policy versions, oldest first")
    List<PolicyViews.Version> versions(@Parameter(example = "410100") @RequestParam String region) {
        return policies.versions(VersionRules.parseRegion("region", region)).stream()
                .map(PolicyViews.Version::of)
                .toList();
    }

    @GetMapping("/in-force")
    @Operation(
            summary = "The policy in force for a region on a date",
            description = "Every field with its value and where it comes from (a region's version, or the national"
                    + " default), the derived limits, and the reference a decision stores to reproduce the answer.")
    PolicyViews.InForce inForce(
            @Parameter(example = "410102") @RequestParam String region,
            @Parameter(description = "YYYY-MM-DD; today if absent") @RequestParam(required = false) String date) {
        PolicyInForce policy = policies.inForce(
                VersionRules.parseRegion("region", region), VersionRules.parseDate("date", date, policies.today()));
        return PolicyViews.InForce.of(policy);
    }

    @GetMapping("/in-force/as-of")
    @Operation(summary = "The policy a stored reference names, reproduced")
    PolicyViews.InForce asOf(@RequestParam String reference) {
        return PolicyViews.InForce.of(policies.asOf(reference));
    }

    @GetMapping("/fields")
    @Operation(summary = "Every policy field: key, national default and its basis, names in Chinese and English")
    List<PolicyViews.Field> fields() {
        return PolicyFields.all().stream()
                .map(f -> PolicyViews.Field.of(f, messages))
                .toList();
    }
}
