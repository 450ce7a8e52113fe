package org.liangxiang.shared;

/** A value broke a rule; names the field and the rule, in Chinese and English. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    public InvalidValueException(String field, String rule, String messageZh, String messageEn) {
        super(messageZh + " / " + messageEn);
        this.field = field;
        this.rule = rule;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
