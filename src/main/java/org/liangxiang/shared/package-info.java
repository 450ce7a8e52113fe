/**
 * Value types every module shares ({@code ResidentId}, {@code CertificateNumber}, {@code RegionCode}, {@code Money}),
 * 国密 cryptography and the {@code KeyService}, the event envelope, and platform services (database bootstrap, file
 * storage, PDF documents). Depends on no other module; open, so that its sub-packages are usable everywhere.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liangxiang.shared;
