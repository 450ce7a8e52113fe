package org.liangxiang.guide;

/** One material an application needs, how, and why. */
public record RequiredMaterial(MaterialType material, Requirement requirement, RequirementReason reason) {}
