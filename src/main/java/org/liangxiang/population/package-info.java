/**
 * Synthetic population: demo, test and benchmark tooling, never a source of truth. A deterministic, seeded generator
 * of people across Henan's townships (valid resident ids, some carrying a retired or another county's region code;
 * households; disability certificates with a realistic category, level and expiry spread; assistance statuses; phone
 * numbers; bank accounts) and a set-based loader that streams them into the {@code population_*} tables with COPY,
 * sealing personal data on the way. The tables are stand-ins for other agencies' data (public security, the disabled
 * persons' federation, civil affairs, banks); the eligibility issue defines the real reference-data tables and may load
 * from these. The API is {@link org.liangxiang.population.SyntheticPopulation}; docs/population.md describes the
 * distributions and how to run it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "region", "account", "policy", "calendar", "intake", "review"})
package org.liangxiang.population;
