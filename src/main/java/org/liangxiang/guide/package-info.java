/**
 * Service guides and required materials: which materials each region requires per subsidy and situation (versioned
 * and resolved up the region chain like policy, {@link org.liangxiang.guide.RequiredMaterials}), and the guide itself
 * per region and subsidy ({@link org.liangxiang.guide.Guides}): conditions, amounts, steps and time limits read from
 * policy (never restated), materials, and the offices' windows and contacts (with text channels, so that no one needs
 * a voice call). One source for the portal, the workbench and print.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "policy", "region", "audit"})
package org.liangxiang.guide;
