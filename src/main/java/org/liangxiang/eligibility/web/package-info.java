/**
 * The staff pages of eligibility (server-rendered, over the module's services): re-check proposals for the county
 * ({@code /staff/rechecks}), the last re-check run for the system administrator ({@code /staff/admin/rechecks}),
 * outreach tasks for the township's staff assistants ({@code /staff/outreach}) and reference-data imports ({@code
 * /staff/imports}).
 */
package org.liangxiang.eligibility.web;
