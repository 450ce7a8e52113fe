package org.liangxiang.region;

/**
 * An office serving a township.
 *
 * @param servingRegionCode the region whose office this is (the township itself, or a county or city)
 * @param displayName e.g. 中原区残疾人联合会, 中原区民政局, 林山寨街道办事处
 * @param assigned {@code true} when an assignment overrides the default (the township's own county)
 */
public record Office(OfficeKind kind, String servingRegionCode, String displayName, boolean assigned) {}
