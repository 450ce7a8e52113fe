package org.liangxiang.population;

/**
 * A person's place in a generated household (户): the head, the head's spouse, or a child (a disabled minor living
 * with a parent who heads the household, or an adult child living with an elderly parent). Stored by name.
 */
enum HouseholdRelation {
    HEAD,
    SPOUSE,
    CHILD
}
