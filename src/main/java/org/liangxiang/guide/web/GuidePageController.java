package org.liangxiang.guide.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.liangxiang.guide.Guide;
import org.liangxiang.guide.Guides;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.RegionLevel;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.document.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The service guide in the portal: choose the region (township by a name path or one level at a time, without script)
 * and the subsidy; read the guide (summary first, then conditions, amounts, materials, steps, time limits, windows and
 * contacts); print it or take the PDF, both from the same {@link Guide}.
 */
@Controller
class GuidePageController {

    private final Guides guides;
    private final Regions regions;
    private final PdfRenderer pdf;
    private final RegionPicker picker;

    GuidePageController(Guides guides, Regions regions, PdfRenderer pdf, RegionPicker picker) {
        this.guides = guides;
        this.regions = regions;
        this.pdf = pdf;
        this.picker = picker;
    }

    @GetMapping("/guide")
    String choose(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String path,
            Model model,
            Locale locale) {
        RegionPicker.Typed typed = picker.typed(path, locale);
        if (typed.region() != null) {
            return "redirect:/guide?region=" + typed.region().code();
        }
        model.addAttribute("choice", picker.choice(region));
        model.addAttribute("typedPath", path);
        model.addAttribute("errors", typed.errors());
        model.addAttribute("action", "/guide");
        return "guide/choose";
    }

    @GetMapping("/guide/{region}/{subsidy}")
    String guide(@PathVariable String region, @PathVariable String subsidy, Model model, Locale locale) {
        Guide guide = load(region, subsidy);
        model.addAllAttributes(guideModel(guide, locale));
        return "guide/guide";
    }

    @GetMapping("/guide/{region}/{subsidy}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String region, @PathVariable String subsidy, Locale locale) {
        Guide guide = load(region, subsidy);
        byte[] document = pdf.render("guide/documents/guide", guideModel(guide, locale), locale);
        String name = "guide-" + guide.region() + "-" + guide.subsidy().name().toLowerCase(Locale.ROOT) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document);
    }

    private Map<String, Object> guideModel(Guide guide, Locale locale) {
        return Map.of(
                "guide",
                guide,
                "t",
                Localised.of(locale),
                "regionName",
                regions.namePath(guide.region()),
                "regionCode",
                guide.region(),
                "otherSubsidy",
                guide.subsidy() == Subsidy.LIVING ? Subsidy.CARE : Subsidy.LIVING,
                "township",
                regions.get(guide.region()).level() == RegionLevel.TOWNSHIP);
    }

    private Guide load(String region, String subsidy) {
        Subsidy which = subsidy(subsidy);
        Region found = picker.find(region);
        if (found.retired() || found.level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return guides.guide(RegionCode.of(found.code()), which, guides.today());
    }

    static Subsidy subsidy(String value) {
        for (Subsidy s : Subsidy.values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
