package org.liangxiang.guide.web;

import java.util.Locale;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.region.UnknownRegionException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The region picker behind the guide and the self-check pages: a region code from a link (the home province when none,
 * a retired code as the home province, an unknown one 404), or a name path the person typed.
 */
@Component
class RegionPicker {

    private final Regions regions;
    private final MessageSource messages;
    private final String homeProvince;

    RegionPicker(
            Regions regions,
            MessageSource messages,
            @Value("${liangxiang.portal.home-province:410000}") String homeProvince) {
        this.regions = regions;
        this.messages = messages;
        this.homeProvince = homeProvince;
    }

    /** What a typed name path leads to: the region it names, or the message to show; neither when nothing was typed. */
    record Typed(Region region, FormErrors errors) {}

    Typed typed(String path, Locale locale) {
        if (path == null || path.isBlank()) {
            return new Typed(null, FormErrors.NONE);
        }
        return regions.findByNamePath(path)
                .map(found -> new Typed(found, FormErrors.NONE))
                .orElseGet(() -> new Typed(
                        null,
                        FormErrors.of("path", messages.getMessage("guide.page.choose.pathUnknown", null, locale))));
    }

    /** The picker at a region given by code; the home province when none is given or the code is retired. */
    RegionChoice choice(String code) {
        return code == null || code.isBlank() ? RegionChoice.of(regions, homeProvince) : linked(code);
    }

    /** The picker at the region of a code in a link (the home province for a retired code); 404 when there is none. */
    RegionChoice linked(String code) {
        Region found = find(code);
        return RegionChoice.of(regions, found.retired() ? homeProvince : found.code());
    }

    /** The region of a code in a link; 404 when there is none. */
    Region find(String code) {
        try {
            return regions.get(code);
        } catch (UnknownRegionException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
