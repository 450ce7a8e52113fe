package org.liangxiang.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The region code written into a resident id: where the person was first registered, under the code that place had
 * then. Ids never change, so a person first registered in 孟津县 (410322) before it became 孟津区 (410308) in 2021 keeps
 * 410322 for life. Most people ({@code 1 - FOREIGN_REGION_CODE}) carry their household county's current code; the
 * rest carry a predecessor code of their own county, or another Henan county's code of their birth year (moved), or a
 * neighbouring province's (married or moved in). docs/population.md explains the choice.
 */
final class FirstRegistration {

    /**
     * A retired Henan county code and the current county that took it over.
     *
     * @param fromYear the year the code came into use (0 when it predates the ids)
     * @param toYear the year its successor took effect: people born before carry the old code
     */
    record RetiredCode(String code, String name, String successor, int fromYear, int toYear) {}

    /**
     * Retired codes from the GB/T 2260 lists of the 1990s and later changes: the prefecture-level reorganisations of
     * 南阳 (1994), 商丘 (1997), 信阳 (1998), 周口 and 驻马店 (2000), 济源's move under the province (1997), and county
     * changes since (开封县 2014, 陕县 2016, 许昌县 2017, 长垣 and 淮阳 2019, 孟津/吉利/偃师 2021). Years are approximate.
     */
    static final List<RetiredCode> RETIRED = List.of(
            new RetiredCode("410211", "金明区", "410202", 0, 2014),
            new RetiredCode("410224", "开封县", "410212", 0, 2014),
            new RetiredCode("410306", "吉利区", "410308", 0, 2021),
            new RetiredCode("410322", "孟津县", "410308", 0, 2021),
            new RetiredCode("410381", "偃师市", "410307", 0, 2021),
            new RetiredCode("410521", "林县", "410581", 0, 1994),
            new RetiredCode("410728", "长垣县", "410783", 0, 2019),
            new RetiredCode("410826", "孟县", "410883", 0, 1996),
            new RetiredCode("410881", "济源市", "419001", 0, 1997),
            new RetiredCode("411023", "许昌县", "411003", 0, 2017),
            new RetiredCode("411123", "郾城县", "411103", 0, 2004),
            new RetiredCode("411222", "陕县", "411203", 0, 2016),
            new RetiredCode("412902", "邓州市", "411381", 0, 1994),
            new RetiredCode("412921", "南召县", "411321", 0, 1994),
            new RetiredCode("412922", "方城县", "411322", 0, 1994),
            new RetiredCode("412923", "西峡县", "411323", 0, 1994),
            new RetiredCode("412925", "镇平县", "411324", 0, 1994),
            new RetiredCode("412926", "内乡县", "411325", 0, 1994),
            new RetiredCode("412927", "淅川县", "411326", 0, 1994),
            new RetiredCode("412928", "社旗县", "411327", 0, 1994),
            new RetiredCode("412929", "唐河县", "411328", 0, 1994),
            new RetiredCode("412931", "新野县", "411329", 0, 1994),
            new RetiredCode("412932", "桐柏县", "411330", 0, 1994),
            new RetiredCode("412321", "虞城县", "411425", 0, 1997),
            new RetiredCode("412323", "民权县", "411421", 0, 1997),
            new RetiredCode("412324", "宁陵县", "411423", 0, 1997),
            new RetiredCode("412325", "睢县", "411422", 0, 1997),
            new RetiredCode("412326", "夏邑县", "411426", 0, 1997),
            new RetiredCode("412327", "柘城县", "411424", 0, 1997),
            new RetiredCode("412328", "永城县", "411481", 0, 1997),
            new RetiredCode("413021", "息县", "411528", 0, 1998),
            new RetiredCode("413022", "淮滨县", "411527", 0, 1998),
            new RetiredCode("413024", "潢川县", "411526", 0, 1998),
            new RetiredCode("413025", "光山县", "411522", 0, 1998),
            new RetiredCode("413026", "固始县", "411525", 0, 1998),
            new RetiredCode("413027", "商城县", "411524", 0, 1998),
            new RetiredCode("413028", "罗山县", "411521", 0, 1998),
            new RetiredCode("413029", "新县", "411523", 0, 1998),
            new RetiredCode("412702", "项城市", "411681", 0, 2000),
            new RetiredCode("412721", "扶沟县", "411621", 0, 2000),
            new RetiredCode("412722", "西华县", "411622", 0, 2000),
            new RetiredCode("412723", "商水县", "411623", 0, 2000),
            new RetiredCode("412724", "太康县", "411627", 0, 2000),
            new RetiredCode("412725", "鹿邑县", "411628", 0, 2000),
            new RetiredCode("412726", "郸城县", "411625", 0, 2000),
            new RetiredCode("412727", "淮阳县", "411603", 0, 2000),
            new RetiredCode("411626", "淮阳县", "411603", 2000, 2019),
            new RetiredCode("412728", "沈丘县", "411624", 0, 2000),
            new RetiredCode("412821", "确山县", "411725", 0, 2000),
            new RetiredCode("412822", "泌阳县", "411726", 0, 2000),
            new RetiredCode("412823", "遂平县", "411728", 0, 2000),
            new RetiredCode("412824", "西平县", "411721", 0, 2000),
            new RetiredCode("412825", "上蔡县", "411722", 0, 2000),
            new RetiredCode("412826", "汝南县", "411727", 0, 2000),
            new RetiredCode("412827", "平舆县", "411723", 0, 2000),
            new RetiredCode("412828", "新蔡县", "411729", 0, 2000),
            new RetiredCode("412829", "正阳县", "411724", 0, 2000));

    /** Counties of neighbouring provinces' capitals and border cities (安徽, 山东, 河北, 山西, 湖北, 陕西, 江苏). */
    static final List<String> OTHER_PROVINCES = List.of(
            "340102", "341202", "370102", "371702", "130102", "130402", "140105", "140502", "420102", "420602",
            "610102", "320302");

    /** Of the ids that differ from the household county: the share that carry the county's own predecessor code. */
    static final double OWN_PREDECESSOR = 0.6;

    private final Map<String, List<RetiredCode>> bySuccessor = new TreeMap<>();
    private final List<String> counties;
    private final Map<String, List<String>> countiesByPrefecture = new TreeMap<>();

    FirstRegistration(List<Township> townships) {
        RETIRED.forEach(r -> bySuccessor
                .computeIfAbsent(r.successor(), k -> new ArrayList<>())
                .add(r));
        TreeSet<String> all = new TreeSet<>();
        for (Township t : townships) {
            if (!developmentZone(t.countyCode()) && all.add(t.countyCode())) {
                countiesByPrefecture
                        .computeIfAbsent(t.prefectureCode(), k -> new ArrayList<>())
                        .add(t.countyCode());
            }
        }
        counties = List.copyOf(all);
    }

    /** The region code for the resident id of someone registered in the township and born on the date. */
    String regionCode(Township home, LocalDate birthDate, SplittableRandom random) {
        if (random.nextDouble() >= Distributions.FOREIGN_REGION_CODE) {
            return home.countyCode();
        }
        int year = birthDate.getYear();
        List<RetiredCode> own = predecessorsAt(home.countyCode(), year);
        if (!own.isEmpty() && random.nextDouble() < OWN_PREDECESSOR) {
            return own.get(random.nextInt(own.size())).code();
        }
        double r = random.nextDouble();
        if (r < 0.85) {
            List<String> nearby = countiesByPrefecture.getOrDefault(home.prefectureCode(), List.of());
            List<String> pool = r < 0.45 && nearby.size() > 1 ? nearby : counties;
            String other = pool.get(random.nextInt(pool.size()));
            if (!other.equals(home.countyCode())) {
                return codeAt(other, year, random);
            }
        }
        return OTHER_PROVINCES.get(random.nextInt(OTHER_PROVINCES.size()));
    }

    /** The code the county had in the year: a predecessor's where one held then, else its current code. */
    private String codeAt(String county, int year, SplittableRandom random) {
        List<RetiredCode> then = predecessorsAt(county, year);
        return then.isEmpty() ? county : then.get(random.nextInt(then.size())).code();
    }

    private List<RetiredCode> predecessorsAt(String county, int year) {
        return bySuccessor.getOrDefault(county, List.of()).stream()
                .filter(r -> year >= r.fromYear() && year < r.toYear())
                .toList();
    }

    /** Statistical development zones (5th-6th digits 70-79) did not exist when most people were first registered. */
    private static boolean developmentZone(String countyCode) {
        return countyCode.charAt(4) == '7';
    }
}
