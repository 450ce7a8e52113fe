package org.liangxiang.intake.web;

import java.io.Serializable;
import java.util.List;
import org.liangxiang.intake.SubmitterDetails;

/**
 * The answers of the first two pages, kept in the session until the person's page makes the draft (a draft needs the
 * person). Checked by intake before they are kept.
 */
record StartAnswers(String kind, String relationship, List<String> subsidies) implements Serializable {

    static final StartAnswers EMPTY = new StartAnswers(null, null, List.of());

    StartAnswers {
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
    }

    SubmitterDetails submitter() {
        return new SubmitterDetails(kind, relationship);
    }

    StartAnswers withSubmitter(SubmitterDetails s) {
        return new StartAnswers(s.kind(), s.relationship(), subsidies);
    }

    StartAnswers withSubsidies(List<String> chosen) {
        return new StartAnswers(kind, relationship, chosen);
    }

    boolean complete() {
        return !subsidies.isEmpty();
    }
}
