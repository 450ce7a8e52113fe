package org.liangxiang.review.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.region.Office;
import org.liangxiang.region.OfficeKind;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.review.CaseView;
import org.springframework.stereotype.Component;

/**
 * Names the offices of a case's timeline: an audit record keeps the actor's role and jurisdiction code; the page shows
 * the region's name and, for a role of an office (clerk, federation reviewer, civil-affairs approver), the name of
 * that office as the region's offices give it ({@link Regions#officesFor}) for one of the case's townships, e.g.
 * "中原区 · 中原区残疾人联合会". A code that names no region is shown as it is.
 */
@Component
class TimelineOffices {

    private final Regions regions;

    TimelineOffices(Regions regions) {
        this.regions = regions;
    }

    /** The name for each role and office code of the timeline (by {@link #key}). */
    Map<String, String> of(List<AuditRecordView> timeline, CaseView view) {
        Set<String> townships = new LinkedHashSet<>();
        for (String township : new String[] {view.ownerTownship(), view.receivingTownship(), view.homeTownship()}) {
            if (township != null) {
                townships.add(township);
            }
        }
        Map<String, List<Office>> offices = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (AuditRecordView entry : timeline) {
            if (entry.actorOffice() != null) {
                names.computeIfAbsent(key(entry), k -> name(entry, townships, offices));
            }
        }
        return names;
    }

    static String key(AuditRecordView entry) {
        return entry.actorRole() + "@" + entry.actorOffice();
    }

    private String name(AuditRecordView entry, Set<String> townships, Map<String, List<Office>> offices) {
        String code = entry.actorOffice();
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            return code;
        }
        return kind(entry.actorRole())
                .flatMap(kind -> townships.stream()
                        .flatMap(t -> offices.computeIfAbsent(t, this::officesOf).stream())
                        .filter(o -> o.kind() == kind && o.servingRegionCode().equals(code))
                        .findFirst())
                .map(o -> region.get().name() + " · " + o.displayName())
                .orElse(region.get().name());
    }

    private List<Office> officesOf(String township) {
        try {
            return regions.officesFor(township);
        } catch (RuntimeException e) {
            return List.of(); // a township no longer in the division tree
        }
    }

    private static Optional<OfficeKind> kind(String role) {
        return Optional.ofNullable(
                switch (role == null ? "" : role) {
                    case "TOWNSHIP_CLERK" -> OfficeKind.TOWNSHIP_OFFICE;
                    case "FEDERATION_REVIEWER" -> OfficeKind.COUNTY_FEDERATION;
                    case "CIVIL_AFFAIRS_APPROVER" -> OfficeKind.COUNTY_CIVIL_AFFAIRS;
                    default -> null;
                });
    }
}
