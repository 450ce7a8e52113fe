package org.liangxiang.eligibility;

/** A proposal or outreach task that has already been decided or closed: answered 409. */
public class AlreadyDecidedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlreadyDecidedException(String what) {
        super(what + " already decided");
    }
}
