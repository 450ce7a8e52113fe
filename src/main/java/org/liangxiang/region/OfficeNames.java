package org.liangxiang.region;

/** The customary names of the offices that serve a region: 中原区残疾人联合会, 中原区民政局, 林山寨街道办事处. */
final class OfficeNames {

    private OfficeNames() {}

    static String of(OfficeKind kind, Region serving) {
        String name = serving.name();
        return switch (kind) {
            case COUNTY_FEDERATION -> name + "残疾人联合会";
            case COUNTY_CIVIL_AFFAIRS -> name + "民政局";
            case TOWNSHIP_OFFICE -> townshipOffice(name);
        };
    }

    private static String townshipOffice(String name) {
        if (name.endsWith("街道")) {
            return name + "办事处";
        }
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("苏木")) {
            return name + "人民政府";
        }
        // farms, zones and other 类似乡级单位 are known by their own names
        return name;
    }
}
