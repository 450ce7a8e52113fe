package org.liangxiang.shared;

/**
 * The two disability subsidies (残疾人两项补贴, 国发〔2015〕52号). An application asks for one or both, and each is decided
 * on its own. Stored by name.
 */
public enum Subsidy {
    /** 困难残疾人生活补贴: for disabled members of 低保 families (and the extensions a region switches on). */
    LIVING("困难残疾人生活补贴", "living subsidy for disabled people in hardship"),
    /** 重度残疾人护理补贴: for holders of a level 1 or 2 certificate who need long-term care (and extensions). */
    CARE("重度残疾人护理补贴", "care subsidy for people with severe disabilities");

    private final String nameZh;
    private final String nameEn;

    Subsidy(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in the given language: English for an English locale, Chinese otherwise. */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
