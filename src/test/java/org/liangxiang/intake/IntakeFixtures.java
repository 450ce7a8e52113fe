package org.liangxiang.intake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;

/** Test data for intake: fresh resident ids (so tests never share a person), forms and small valid files. */
final class IntakeFixtures {

    static final String ZHONGYUAN_TOWNSHIP = "410102001"; // 郑州 中原区 林山寨街道
    static final String ZHONGYUAN_OTHER_TOWNSHIP = "410102002";
    static final String LUOYANG_TOWNSHIP = "410302001"; // 洛阳 老城区

    private static final Random RANDOM = new SecureRandom();

    private IntakeFixtures() {}

    static ResidentId residentId() {
        return residentId(LocalDate.of(1950 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)));
    }

    static ResidentId residentId(LocalDate birthDate) {
        String first17 = "4101" + String.format("%02d", RANDOM.nextInt(100))
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", RANDOM.nextInt(1000));
        return ResidentId.of(first17 + ResidentId.checkCharacter(first17));
    }

    static PersonDetails person(ResidentId id, String homeTownship) {
        return new PersonDetails("张三丰", id.value(), id.value() + "42", "河南省郑州市中原区建设路1号", homeTownship, false);
    }

    static PayeeDetails ownAccount() {
        return new PayeeDetails("PERSON", "张三丰", "中国银行郑州分行", "6217000010001234567");
    }

    static DraftForm form(ResidentId id, String homeTownship, Subsidy... subsidies) {
        return new DraftForm(
                person(id, homeTownship),
                null,
                List.of(subsidies).stream().map(Subsidy::name).toList(),
                null,
                ownAccount(),
                null);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n% test material\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** The materials the guide requires for the application (of the home township's rules, today). */
    static Set<MaterialType> required(
            RequiredMaterials materials, String homeTownship, Set<Subsidy> subsidies, Set<Situation> situations) {
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        for (RequiredMaterial m :
                materials.forApplication(RegionCode.of(homeTownship), subsidies, situations, ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                types.add(m.material());
            }
        }
        return types;
    }

    /** Uploads every required material as a small PDF. */
    static void uploadRequired(
            ApplicationMaterials uploads,
            RequiredMaterials materials,
            Actor actor,
            SubmittedApplication a,
            Set<Situation> situations) {
        for (MaterialType type : required(materials, a.homeTownship(), a.subsidies(), situations)) {
            uploads.upload(actor, a.id(), type.name(), type.name().toLowerCase() + ".pdf", pdf());
        }
    }
}
