package org.liangxiang.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded version of a material.
 *
 * @param materialType a {@code guide.MaterialType} name
 * @param version 1 for the first upload of the type, then 2, 3 ... (the highest is the current one)
 * @param contentType decided from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param sm3 the SM3 digest of the content (64 hex digits)
 * @param fileName the name the file was uploaded with (may be personal: shown only to those who see the application)
 */
public record MaterialVersion(
        UUID id,
        String materialType,
        int version,
        String contentType,
        long size,
        String sm3,
        String fileName,
        Instant uploadedAt) {}
