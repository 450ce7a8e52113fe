package org.liangxiang.guide;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.shared.RegionCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's guides: windows and contacts for 中原区 (410102) and its 林山寨街道, 涧西区 (410305) and its
 * 湖北路街道, with fictional numbers (0371-0000xxxx, 0379-0000xxxx) and example addresses; and Zhengzhou checking
 * 低保 status against data instead of a paper proof. Fixed ids, so a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(30)
class DemoGuides implements ApplicationRunner {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private final Guides guides;
    private final RequiredMaterials materials;

    DemoGuides(Guides guides, RequiredMaterials materials) {
        this.guides = guides;
        this.materials = materials;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("guide-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        content(
                "410102",
                Map.of(
                        "COUNTY_CIVIL_AFFAIRS",
                                contact("郑州市中原区民政局（示例）", "中原区示例路1号", "0371-00001001", "10690371001", "中原民政（示例）"),
                        "COUNTY_FEDERATION",
                                contact("郑州市中原区残疾人联合会（示例）", "中原区示例路2号", "0371-00001002", "10690371002", null),
                        "TOWNSHIP_WINDOW",
                                contact("中原区各街道便民服务中心（示例）", "户籍所在街道便民服务中心", "0371-00001000", "10690371000", null)));
        content(
                "410102001",
                Map.of(
                        "TOWNSHIP_WINDOW",
                        contact("林山寨街道便民服务中心（示例）", "林山寨街道示例街10号", "0371-00001010", "10690371010", "林山寨街道（示例）")));
        content(
                "410305",
                Map.of(
                        "COUNTY_CIVIL_AFFAIRS",
                                contact("洛阳市涧西区民政局（示例）", "涧西区示例路1号", "0379-00002001", "10690379001", "涧西民政（示例）"),
                        "COUNTY_FEDERATION",
                                contact("洛阳市涧西区残疾人联合会（示例）", "涧西区示例路2号", "0379-00002002", "10690379002", null),
                        "TOWNSHIP_WINDOW",
                                contact("涧西区各街道便民服务中心（示例）", "户籍所在街道便民服务中心", "0379-00002000", "10690379000", null)));
        content(
                "410305001",
                Map.of(
                        "TOWNSHIP_WINDOW",
                        contact("湖北路街道便民服务中心（示例）", "湖北路街道示例街20号", "0379-00002010", "10690379010", null)));
        materials.seed(
                id("materials:410100"),
                RegionCode.of("410100"),
                FROM,
                Map.of("materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF", "REPLACED_BY_DATA_CHECK"),
                "示例：郑州市通过民政数据核验低保身份，无需提交纸质证明");
    }

    private void content(String region, Map<String, Object> contacts) {
        guides.seed(id("content:" + region), RegionCode.of(region), FROM, contacts, "示例联系方式（虚构号码）");
    }

    private static Map<String, Object> contact(String name, String address, String phone, String sms, String wechat) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("address", address);
        contact.put("hours", "工作日 9:00-12:00，13:30-17:30（示例）");
        contact.put("phone", phone);
        contact.put("sms", sms);
        contact.put("onlineMessage", "https://guide.example.org/" + sms.substring(sms.length() - 4) + "/message");
        contact.put("wechat", wechat);
        return contact;
    }
}
