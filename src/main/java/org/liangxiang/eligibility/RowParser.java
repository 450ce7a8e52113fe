package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.policy.SimilarAllowance;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.RegionLevel;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;

/**
 * Validates one row of an import for its source and seals its personal identifiers (bound to {@code elig_fact}, the
 * column and the row's future id). A row is either staged whole or refused with every problem it has.
 */
final class RowParser {

    static final String TABLE = "elig_fact";

    private final ImportRequest request;
    private final Regions regions;
    private final PersonalData personalData;

    RowParser(ImportRequest request, Regions regions, PersonalData personalData) {
        this.request = request;
        this.regions = regions;
        this.personalData = personalData;
    }

    /** The columns the header lacks, refused as line 1. */
    List<RowError> checkHeader(java.util.Set<String> header) {
        List<RowError> errors = new ArrayList<>();
        for (String column : request.source().requiredColumns()) {
            if (!header.contains(column)) {
                errors.add(new RowError(
                        1,
                        column,
                        "COLUMN_MISSING",
                        "表头缺少“" + column + "”列",
                        "The header has no column '" + column + "'"));
            }
        }
        return errors;
    }

    /** Either a staged row (and no errors) or the row's errors. */
    Optional<StagedRow> parse(long line, Map<String, String> values, List<RowError> errors) {
        Row row = new Row(line, values, errors);
        if (values.containsKey(CsvTableReader.EXTRA_FIELDS)) {
            row.error("row", "IMPORT_TOO_MANY_FIELDS", "该行的列数多于表头", "The row has more fields than the header");
        }
        ResidentId resident = row.required("resident_id", ResidentId::of).orElse(null);
        UUID id = UUID.randomUUID();
        Builder b = new Builder();
        switch (request.source()) {
            case CERTIFICATE -> certificate(row, resident, b);
            case ASSISTANCE_STATUS -> {
                b.kind = row.required(
                                "kind",
                                t -> AssistanceKind.parse(t)
                                        .orElseThrow(() ->
                                                invalid("kind", "KIND", "类别应为低保、低保边缘、低收入或特困", "unknown status kind")))
                        .map(Enum::name)
                        .orElse(null);
                period(row, b);
            }
            case DEATH -> {
                b.validFrom = row.required("died_on", RowParser::date).orElse(null);
                b.validTo = null;
            }
            case WORK_INJURY_CARE, ORPHAN_GUARANTEE -> period(row, b);
            case SIMILAR_ALLOWANCE -> {
                b.kind = row.required(
                                "kind", t -> SimilarAllowance.valueOf(t.strip()).name())
                        .orElse(null);
                b.amountFen =
                        row.optional("monthly_amount_fen", RowParser::amount).orElse(null);
                period(row, b);
            }
            case BENEFICIARY_ELSEWHERE -> elsewhere(row, b, "paying_region");
            case OPEN_APPLICATION_ELSEWHERE -> elsewhere(row, b, "handling_region");
            case BENEFICIARY -> {
                b.kind = row.required("subsidy", t -> Subsidy.valueOf(t.strip()).name())
                        .orElse(null);
                b.townshipCode = row.required("township", this::township).orElse(null);
                period(row, b);
            }
        }
        LocalDate start = b.validFrom != null ? b.validFrom : request.asOf();
        if (b.validTo != null && start != null && !b.validTo.isAfter(start)) {
            row.error("valid_to", "IMPORT_PERIOD_ORDER", "截止日期早于开始日期", "The end date is before the start date");
        }
        if (row.failed || resident == null) {
            return Optional.empty();
        }
        return Optional.of(b.build(line, id, resident, personalData));
    }

    private void certificate(Row row, ResidentId resident, Builder b) {
        Optional<CertificateNumber> number = row.required("certificate_number", CertificateNumber::of);
        number.filter(n -> resident != null && !n.residentId().equals(resident))
                .ifPresent(n -> row.error(
                        "certificate_number",
                        "IMPORT_CERTIFICATE_NOT_HOLDERS",
                        "残疾人证号中的身份证号与该行的身份证号不一致",
                        "The resident id inside the certificate number is not the row's"));
        b.validFrom = row.required("issued_on", RowParser::date).orElse(null);
        b.validUntil = row.required("valid_until", RowParser::date).orElse(null);
        b.townshipCode = row.required("township", this::township).orElse(null);
        b.certificateStatus = row.optional(
                        "status", t -> CertificateStatus.valueOf(t.strip()).name())
                .orElse(CertificateStatus.VALID.name());
        boolean includes = row.optional("includes_intellectual_or_mental", RowParser::yesNo)
                .orElse(false);
        number.ifPresent(n -> {
            b.certificate = n;
            b.category = n.category().name();
            b.level = n.level().name();
            b.intellectualOrMental = n.category() == DisabilityCategory.INTELLECTUAL
                    || n.category() == DisabilityCategory.MENTAL
                    || (n.category() == DisabilityCategory.MULTIPLE && includes);
        });
        if (b.validFrom != null && b.validUntil != null && b.validUntil.isBefore(b.validFrom)) {
            row.error(
                    "valid_until",
                    "IMPORT_PERIOD_ORDER",
                    "有效期截止早于发证日期",
                    "The certificate expires before it was issued");
        }
    }

    /** A subsidy held in another region (paid there, or an application open there) and that region's code. */
    private void elsewhere(Row row, Builder b, String regionColumn) {
        b.kind = row.required("subsidy", t -> Subsidy.valueOf(t.strip()).name()).orElse(null);
        b.placeCode = row.required(regionColumn, t -> RegionCode.of(t).value()).orElse(null);
        b.qualifier = b.placeCode;
        period(row, b);
    }

    private void period(Row row, Builder b) {
        Optional<LocalDate> from = request.mode() == ImportMode.DELTA
                ? row.required("valid_from", RowParser::date)
                : row.optional("valid_from", RowParser::date);
        b.validFrom = from.orElse(null);
        b.validTo = row.optional("valid_to", RowParser::date)
                .map(d -> d.plusDays(1))
                .orElse(null);
    }

    private String township(String text) {
        String code = RegionCode.of(text).value();
        Region region = regions.find(code)
                .orElseThrow(() -> invalid("township", "TOWNSHIP_UNKNOWN", "区划库中没有这个乡镇（街道）", "No such township"));
        if (region.level() != RegionLevel.TOWNSHIP) {
            throw invalid("township", "TOWNSHIP_LEVEL", "应为乡镇（街道）代码（9位）", "A township code (9 digits) is needed");
        }
        if (!regions.contains(request.region().value(), region.code())) {
            throw invalid(
                    "township",
                    "TOWNSHIP_OUTSIDE_REGION",
                    "该乡镇（街道）不在本次导入的地区内",
                    "The township is outside the import's region");
        }
        return region.code();
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid("date", "DATE", "日期应写作 YYYY-MM-DD", "A date is written YYYY-MM-DD");
        }
    }

    static long amount(String text) {
        try {
            long fen = Long.parseLong(text.strip());
            if (fen < 0) {
                throw new NumberFormatException();
            }
            return fen;
        } catch (NumberFormatException e) {
            throw invalid(
                    "monthly_amount_fen", "AMOUNT", "金额应为以分计的非负整数", "An amount is a whole number of fen, not negative");
        }
    }

    static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> throw invalid("includes_intellectual_or_mental", "YES_NO", "应填“是”或“否”", "Yes or no");
        };
    }

    static InvalidValueException invalid(String field, String rule, String zh, String en) {
        return new InvalidValueException(field, "IMPORT_" + rule, zh, en);
    }

    /** The values of one row and the errors found in it. */
    private static final class Row {
        private final long line;
        private final Map<String, String> values;
        private final List<RowError> errors;
        boolean failed;

        Row(long line, Map<String, String> values, List<RowError> errors) {
            this.line = line;
            this.values = values;
            this.errors = errors;
        }

        <T> Optional<T> required(String column, java.util.function.Function<String, T> parse) {
            Optional<T> value = optional(column, parse);
            if (value.isEmpty() && isBlank(column)) {
                error(column, "IMPORT_REQUIRED", "缺少必填项“" + column + "”", "The column '" + column + "' is required");
            }
            return value;
        }

        <T> Optional<T> optional(String column, java.util.function.Function<String, T> parse) {
            if (isBlank(column)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(parse.apply(values.get(column)));
            } catch (InvalidValueException e) {
                error(column, e.rule(), e.messageZh(), e.messageEn());
            } catch (IllegalArgumentException e) {
                error(
                        column,
                        "IMPORT_VALUE",
                        "“" + column + "”的值不是可接受的代码",
                        "The value of '" + column + "' is not an accepted code");
            }
            return Optional.empty();
        }

        private boolean isBlank(String column) {
            String value = values.get(column);
            return value == null || value.isBlank();
        }

        void error(String field, String rule, String zh, String en) {
            errors.add(new RowError(line, field, rule, zh, en));
            failed = true;
        }
    }

    /** The fields of a row as they are parsed. */
    private static final class Builder {
        String kind = "";
        String qualifier = "";
        LocalDate validFrom;
        LocalDate validTo;
        String townshipCode;
        CertificateNumber certificate;
        String category;
        String level;
        Boolean intellectualOrMental;
        String certificateStatus;
        LocalDate validUntil;
        Long amountFen;
        String placeCode;

        StagedRow build(long line, UUID id, ResidentId resident, PersonalData data) {
            byte[] certIndex =
                    certificate == null ? null : data.index(PersonalData.CERTIFICATE_NUMBER, certificate.value());
            return new StagedRow(
                    line,
                    id,
                    data.index(PersonalData.RESIDENT_ID, resident.value()),
                    data.seal(resident.value(), TABLE, "resident_sealed", id),
                    Masking.residentId(resident.value()),
                    kind == null ? "" : kind,
                    certIndex != null ? HexFormat.of().formatHex(certIndex) : qualifier == null ? "" : qualifier,
                    validFrom,
                    validTo,
                    townshipCode,
                    certIndex,
                    certificate == null ? null : data.seal(certificate.value(), TABLE, "certificate_sealed", id),
                    category,
                    level,
                    intellectualOrMental,
                    certificateStatus,
                    validUntil,
                    amountFen,
                    placeCode);
        }
    }
}
