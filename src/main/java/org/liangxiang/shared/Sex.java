package org.liangxiang.shared;

/** Sex as recorded in a resident id: the sequence number's last digit is odd for men, even for women. */
public enum Sex {
    MALE,
    FEMALE
}
