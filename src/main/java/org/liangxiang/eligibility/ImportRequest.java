package org.liangxiang.eligibility;

import java.time.LocalDate;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;

/**
 * What an import declares about its file: the source, the region it covers, snapshot (as of a date) or delta, and the
 * file's format.
 */
public record ImportRequest(
        ReferenceSource source, RegionCode region, ImportMode mode, LocalDate asOf, FileFormat format) {

    public ImportRequest {
        if (source == null) {
            throw new InvalidValueException("source", "IMPORT_SOURCE_REQUIRED", "请指明数据来源", "The source is required");
        }
        if (region == null) {
            throw new InvalidValueException("region", "IMPORT_REGION_REQUIRED", "请指明地区", "The region is required");
        }
        if (region.value().length() > 9) {
            throw new InvalidValueException(
                    "region", "IMPORT_REGION_LEVEL", "导入地区应为省、市、县或乡镇", "A province, city, county or township");
        }
        if (mode == null) {
            throw new InvalidValueException(
                    "mode", "IMPORT_MODE_REQUIRED", "请指明全量或增量", "SNAPSHOT or DELTA is required");
        }
        if (mode == ImportMode.SNAPSHOT && asOf == null) {
            throw new InvalidValueException(
                    "asOf", "IMPORT_AS_OF_REQUIRED", "全量导入须指明截至日期", "A snapshot needs its as-of date");
        }
        if (mode == ImportMode.DELTA && asOf != null) {
            throw new InvalidValueException(
                    "asOf",
                    "IMPORT_AS_OF_DELTA",
                    "增量导入不带截至日期，各行自带起止日期",
                    "A delta has no as-of date: rows carry their dates");
        }
        if (mode == ImportMode.SNAPSHOT && !source.allowsSnapshots()) {
            throw new InvalidValueException(
                    "mode", "IMPORT_SNAPSHOT_NOT_ALLOWED", "该来源只接受增量导入", "This source takes deltas only");
        }
        if (format == null) {
            throw new InvalidValueException(
                    "format", "IMPORT_FORMAT_REQUIRED", "请指明文件格式", "The file format is required");
        }
    }
}
