package org.liangxiang.intake;

/** Who submits for the person: the person, or an agent (代办). Stored by name. */
public enum SubmitterKind {
    /** The disabled person themself. */
    PERSON,
    /** A guardian (监护人). */
    GUARDIAN,
    /** A person with a legal duty of support (赡养、抚养、扶养人). */
    SUPPORTER,
    /** The village or residents' committee (村（居）委会). */
    VILLAGE_COMMITTEE,
    /** Another authorised agent (其他受委托人). */
    AUTHORISED_AGENT;

    public boolean agent() {
        return this != PERSON;
    }
}
