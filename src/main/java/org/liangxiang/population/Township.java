package org.liangxiang.population;

/**
 * A township (乡镇/街道) where people are registered, with the county-level unit and prefecture it lies in.
 *
 * @param code 9 digits
 * @param countyCode 6 digits, the township's parent (possibly a statistical unit such as a development zone)
 * @param prefectureCode 6 digits, the county's parent (419000 for 济源)
 */
record Township(String code, String countyCode, String prefectureCode) {}
