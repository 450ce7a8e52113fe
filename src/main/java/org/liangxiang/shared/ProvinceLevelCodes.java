package org.liangxiang.shared;

import java.util.Set;

/** The first two digits of a division code or a resident id: a province-level unit. */
final class ProvinceLevelCodes {

    /**
     * Every province-level code GB/T 2260 has carried since its first edition (1980). None has been retired since:
     * the changes were additions, 46 Hainan (1988, out of Guangdong 44) and 50 Chongqing (1997, out of Sichuan 51), so
     * people first registered before then carry 44 or 51 codes, which stay valid. 71 Taiwan, 81 Hong Kong and 82 Macao
     * are in the standard too.
     */
    private static final Set<String> GBT_2260 = Set.of(
            "11", "12", "13", "14", "15", // 北京 天津 河北 山西 内蒙古
            "21", "22", "23", // 辽宁 吉林 黑龙江
            "31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
            "41", "42", "43", "44", "45", "46", // 河南 湖北 湖南 广东 广西 海南
            "50", "51", "52", "53", "54", // 重庆 四川 贵州 云南 西藏
            "61", "62", "63", "64", "65", // 陕西 甘肃 青海 宁夏 新疆
            "71", "81", "82"); // 台湾 香港 澳门

    /**
     * Not a GB/T 2260 code: residence permits for Taiwan residents (港澳台居民居住证, 2018) carry GB 11643 numbers starting
     * 830000, as those for Hong Kong and Macao residents start 810000 and 820000.
     */
    private static final String TAIWAN_RESIDENCE_PERMIT = "83";

    private ProvinceLevelCodes() {}

    static boolean inGbt2260(String twoDigits) {
        return GBT_2260.contains(twoDigits);
    }

    static boolean startsResidentIds(String twoDigits) {
        return inGbt2260(twoDigits) || TAIWAN_RESIDENCE_PERMIT.equals(twoDigits);
    }
}
