package org.liangxiang.eligibility;

/** Nothing of the kind with that id within the staff member's jurisdiction: answered 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    public NotFoundException(String what) {
        super(what + " not found");
        this.what = what;
    }

    String what() {
        return what;
    }
}
