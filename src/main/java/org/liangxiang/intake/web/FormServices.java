package org.liangxiang.intake.web;

import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResources;
import org.liangxiang.intake.FormSubmissions;
import org.liangxiang.region.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the form pages call, in one bean: intake's services (they hold every rule) and the region tree. */
@Component
record FormServices(
        ApplicationDrafts drafts,
        ApplicationMaterials materials,
        FormSubmissions submissions,
        ApplicationResources resources,
        Regions regions,
        WorkingDays workingDays,
        MessageSource messages,
        @Value("${liangxiang.portal.home-province:410000}") String homeProvince) {}
