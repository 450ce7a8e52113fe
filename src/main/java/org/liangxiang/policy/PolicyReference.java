package org.liangxiang.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;

/**
 * What a decision stores to reproduce the policy it used: the region and date asked about, the national baseline, and
 * the ids of the versions consulted in order of precedence. Versions are immutable, so {@link Policies#asOf} gives the
 * same answer for ever. Written as {@code P1:CN1:410102:2026-12-01:<id>,<id>}.
 */
public record PolicyReference(RegionCode region, LocalDate date, String baseline, List<UUID> versionIds) {

    private static final String FORMAT = "P1";

    public PolicyReference {
        versionIds = List.copyOf(versionIds);
    }

    public static PolicyReference parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":", -1);
        if (parts.length != 5 || !FORMAT.equals(parts[0])) {
            throw malformed();
        }
        try {
            List<UUID> ids = parts[4].isEmpty()
                    ? List.of()
                    : Arrays.stream(parts[4].split(",")).map(UUID::fromString).toList();
            return new PolicyReference(RegionCode.of(parts[2]), LocalDate.parse(parts[3]), parts[1], ids);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw malformed();
        }
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException(
                "reference", "POLICY_REFERENCE_FORMAT", "政策引用格式不正确", "The policy reference is malformed");
    }

    @Override
    public String toString() {
        return String.join(
                ":",
                FORMAT,
                baseline,
                region.value(),
                date.toString(),
                String.join(",", versionIds.stream().map(UUID::toString).toList()));
    }
}
