/**
 * Regions: the statistics bureau's division tree (GB/T 2260 codes plus its statistical county- and township-level
 * units) down to townships, versioned by edition, and the offices (township office, county federation, county
 * civil-affairs bureau) that serve each township. The API is {@link org.liangxiang.region.Regions}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.liangxiang.region;
