package org.liangxiang.eligibility;

/** A staff member asked about a region outside their jurisdiction: answered 403 naming the field. */
class OutsideJurisdictionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    OutsideJurisdictionException(String field) {
        super("outside the staff member's jurisdiction: " + field);
        this.field = field;
    }

    String field() {
        return field;
    }
}
