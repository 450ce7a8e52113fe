package org.liangxiang.intake;

import java.util.List;
import java.util.Set;

/**
 * The field paths a return may name ({@link CorrectionItem.Kind#FIELD}); each is changed through the applicant API's
 * matching update. The resident id, the subsidies and the receiving township are not correctable: they define the
 * application (a different person or request is a new application).
 */
public final class CorrectableFields {

    public static final List<String> PATHS = List.of(
            "person.fullName",
            "person.certificateNumber",
            "person.householdAddress",
            "person.homeTownship",
            "person.underGuardianship",
            "submitter.relationship",
            "payee.holder",
            "payee.holderName",
            "payee.bankName",
            "payee.accountNumber");

    private static final Set<String> KNOWN = Set.copyOf(PATHS);

    private CorrectableFields() {}

    public static boolean known(String path) {
        return KNOWN.contains(path);
    }
}
