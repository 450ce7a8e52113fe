/**
 * The staff's review pages (docs/review-work.md): worklists with counts, filters and search ({@code /staff/work}), bulk
 * completion of a step, the case view with the acts its step allows ({@code /staff/cases/{id}}), materials and notices
 * streamed from intake, "show in full" with an audited reason, reassignment within the office, and the printable
 * application and approval form. Every read and act goes through the review services; nothing here decides.
 */
package org.liangxiang.review.web;
