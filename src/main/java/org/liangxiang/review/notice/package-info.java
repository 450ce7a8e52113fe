/**
 * The notices people receive about their application (受理回执, 补正材料通知书, 不予受理通知书, 转办告知, 审批决定, 不予批准决定)
 * and the public-notice list (公示名单), as tagged PDF documents in the applicant's language, plus the masked
 * public-notice page. Review builds the records and calls {@link org.liangxiang.review.notice.Notices}; nothing here
 * reads the database, so a notice prints exactly what review decided.
 */
package org.liangxiang.review.notice;
