package org.liangxiang.guide.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liangxiang.guide.Guide;
import org.liangxiang.guide.Guides;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Situation;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The guides API: the public guide and materials list per region, and the administrators' edits. */
@RestController
@RequestMapping("/api/guides")
@Tag(name = "Guides", description = "Service guides and required materials (办事指南、申请材料)")
class GuideController {

    private final Guides guides;
    private final RequiredMaterials materials;
    private final MessageSource messages;

    GuideController(Guides guides, RequiredMaterials materials, MessageSource messages) {
        this.guides = guides;
        this.materials = materials;
        this.messages = messages;
    }

    record ContentRequest(
            String effectiveFrom, Map<String, Object> contacts, Map<String, Object> summary, String note) {}

    record MaterialsVersionRequest(String region, String effectiveFrom, Map<String, Object> settings, String note) {}

    record MaterialView(RequiredMaterial required, Guide.Text name) {}

    record VersionView(String id, String region, String effectiveFrom, Map<String, Object> settings, String note) {

        static VersionView of(SettingsVersion v) {
            return new VersionView(
                    v.id().toString(), v.region().value(), v.effectiveFrom().toString(), v.settings(), v.note());
        }
    }

    @GetMapping("/{region}")
    @Operation(
            summary = "The service guide for a region and subsidy",
            description = "Conditions, amounts, steps and time limits from the policy in force; materials; offices"
                    + " and their contacts (always with a text channel); the policy reference the figures come from.")
    Guide guide(
            @Parameter(example = "410102001") @PathVariable String region,
            @Parameter(example = "LIVING") @RequestParam(required = false) String subsidy,
            @Parameter(description = "YYYY-MM-DD; today if absent") @RequestParam(required = false) String date) {
        return guides.guide(
                VersionRules.parseRegion("region", region),
                subsidy("subsidy", subsidy),
                VersionRules.parseDate("date", date, guides.today()));
    }

    @GetMapping("/{region}/materials")
    @Operation(summary = "The materials an application needs, by subsidies and situations")
    List<MaterialView> materials(
            @Parameter(example = "410102001") @PathVariable String region,
            @Parameter(example = "LIVING") @RequestParam(name = "subsidy", required = false) List<String> subsidies,
            @Parameter(example = "AGENT_APPLYING") @RequestParam(name = "situation", required = false)
                    List<String> situations,
            @RequestParam(required = false) String date) {
        Set<Subsidy> asked = EnumSet.noneOf(Subsidy.class);
        (subsidies == null ? List.<String>of() : subsidies).forEach(s -> asked.add(subsidy("subsidy", s)));
        Set<Situation> in = EnumSet.noneOf(Situation.class);
        (situations == null ? List.<String>of() : situations).forEach(s -> in.add(situation(s)));
        return materials
                .forApplication(
                        VersionRules.parseRegion("region", region),
                        asked,
                        in,
                        VersionRules.parseDate("date", date, guides.today()))
                .stream()
                .map(m -> new MaterialView(m, name(m)))
                .toList();
    }

    @PutMapping("/{region}/content")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(
            summary = "Replace a region's guide content",
            description =
                    "Contacts by office role (TOWNSHIP_WINDOW, COUNTY_CIVIL_AFFAIRS, COUNTY_FEDERATION), each with"
                            + " at least one text channel; plain-language summaries by subsidy, without amounts or time limits."
                            + " Roles and subsidies not given follow the region above again. From today unless dated later.")
    VersionView replaceContent(@PathVariable String region, @RequestBody ContentRequest request, Authentication actor) {
        return VersionView.of(guides.replaceContent(
                VersionRules.parseRegion("region", region),
                VersionRules.parseDate("effectiveFrom", request.effectiveFrom(), null),
                request.contacts(),
                request.summary(),
                request.note(),
                actor.getName()));
    }

    @PostMapping("/materials/versions")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(
            summary = "Create a version of a region's material rules",
            description =
                    "Keys materials.<LIVING|CARE>.<BASE|AGENT_APPLYING|GUARDIAN_ACCOUNT|RENEWAL>.<material>, values"
                            + " REQUIRED, OPTIONAL, REPLACED_BY_DATA_CHECK or NOT_NEEDED (null follows the region above).")
    ResponseEntity<VersionView> createMaterialsVersion(
            @RequestBody MaterialsVersionRequest request, Authentication actor) {
        SettingsVersion created = materials.createVersion(
                VersionRules.parseRegion("region", request.region()),
                VersionRules.parseDate("effectiveFrom", request.effectiveFrom(), null),
                request.settings(),
                request.note(),
                actor.getName());
        return ResponseEntity.created(URI.create("/api/guides/materials/versions/" + created.id()))
                .body(VersionView.of(created));
    }

    @GetMapping("/materials/versions")
    @Operation(summary = "A region's own material-rule versions, oldest first")
    List<VersionView> materialsVersions(@RequestParam String region) {
        return materials.versions(VersionRules.parseRegion("region", region)).stream()
                .map(VersionView::of)
                .toList();
    }

    private Guide.Text name(RequiredMaterial m) {
        String code = "guide.material." + m.material().name() + ".name";
        return new Guide.Text(
                messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(code, null, Locale.ENGLISH));
    }

    private static Subsidy subsidy(String field, String value) {
        for (Subsidy s : Subsidy.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new InvalidValueException(
                field, "GUIDE_SUBSIDY_UNKNOWN", "补贴应为 LIVING 或 CARE", "The subsidy is LIVING or CARE");
    }

    private static Situation situation(String value) {
        for (Situation s : Situation.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new InvalidValueException(
                "situation",
                "GUIDE_SITUATION_UNKNOWN",
                "情形应为 AGENT_APPLYING、GUARDIAN_ACCOUNT 或 RENEWAL",
                "The situation is AGENT_APPLYING, GUARDIAN_ACCOUNT or RENEWAL");
    }
}
