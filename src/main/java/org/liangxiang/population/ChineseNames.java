package org.liangxiang.population;

import java.util.SplittableRandom;
import org.liangxiang.shared.Sex;

/**
 * Names from built-in lists: common surnames weighted roughly by their frequency in Henan (王, 李, 张 and 刘 lead), two
 * compound surnames, and given names of one or two characters from lists typical for men and for women.
 */
final class ChineseNames {

    private ChineseNames() {}

    static final Weighted<String> SURNAMES = surnames();

    private static final String MALE = "伟军强明建国华平海涛斌辉峰磊勇杰刚志成俊浩鹏飞宇林超波新永德忠文亮东广庆宏振学金";
    private static final String FEMALE = "芳娟敏静丽艳霞秀英兰玲梅红燕琳婷雪萍莉娜慧佳颖桂凤玉珍琴洁悦晓春荣";

    private static Weighted<String> surnames() {
        Weighted.Builder<String> b = Weighted.builder();
        String[] common = {"王", "李", "张", "刘"};
        for (String s : common) {
            b.add(s, 8);
        }
        for (String s : "陈杨赵郭周孙马朱胡高".split("")) {
            b.add(s, 3);
        }
        for (String s : "徐吴黄宋何杜许韩冯程曹袁邓田董魏范梁任贾丁郑谢罗崔唐薛孟".split("")) {
            b.add(s, 1);
        }
        b.add("欧阳", 0.1);
        b.add("司马", 0.1);
        return b.build();
    }

    static String surname(SplittableRandom random) {
        return SURNAMES.pick(random);
    }

    /** One character (a quarter of people) or two, from the list for the sex. */
    static String givenName(Sex sex, SplittableRandom random) {
        String chars = sex == Sex.MALE ? MALE : FEMALE;
        StringBuilder name = new StringBuilder().append(chars.charAt(random.nextInt(chars.length())));
        if (random.nextDouble() >= 0.25) {
            name.append(chars.charAt(random.nextInt(chars.length())));
        }
        return name.toString();
    }
}
