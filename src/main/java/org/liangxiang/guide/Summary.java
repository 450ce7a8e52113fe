package org.liangxiang.guide;

/** A plain-language summary of a region's guide for one subsidy, in Chinese and (optionally) English. */
public record Summary(String zh, String en) {}
