package org.liangxiang.region;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP API. Reads run as a signed-in user until the security configuration opens {@code GET /api/regions/**} to
 * everyone; writes as a system administrator.
 */
@IntegrationTest
class RegionApiIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DivisionImports imports;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static MockHttpServletRequestBuilder read(String path, Object... vars) {
        return get(path, vars).with(user("reader"));
    }

    private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor admin() {
        return user("admin").roles("STAFF", "SYSTEM_ADMIN");
    }

    @Test
    void aCodeAnswersWithLevelParentsNamePathAndValidity() throws Exception {
        mvc.perform(read("/api/regions/410102"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("410102"))
                .andExpect(jsonPath("$.name").value("中原区"))
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.parentCode").value("410100"))
                .andExpect(jsonPath("$.namePath").value("河南省 郑州市 中原区"))
                .andExpect(jsonPath("$.parents[0].code").value("410000"))
                .andExpect(jsonPath("$.parents[1].name").value("郑州市"))
                .andExpect(jsonPath("$.validFrom").value("2023-06-30"))
                .andExpect(jsonPath("$.validTo").value(nullValue()))
                .andExpect(jsonPath("$.retired").value(false))
                .andExpect(jsonPath("$.edition").value("2023"))
                .andExpect(jsonPath("$.statisticalOnly").value(false));
    }

    @Test
    void aDevelopmentZoneIsFlaggedAndATwelveDigitCodeIsCanonicalised() throws Exception {
        mvc.perform(read("/api/regions/410171000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("410171"))
                .andExpect(jsonPath("$.statisticalOnly").value(true));
    }

    @Test
    void childrenAndOfficesAnswer() throws Exception {
        mvc.perform(read("/api/regions/410100/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(15)))
                .andExpect(jsonPath("$[0].code").value("410102"))
                .andExpect(jsonPath("$[0].name").value("中原区"));
        mvc.perform(read("/api/regions/410171560/offices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].kind").value("TOWNSHIP_OFFICE"))
                .andExpect(jsonPath("$[0].displayName").value("郑州经济技术开发区明湖街道办事处"))
                .andExpect(jsonPath("$[1].kind").value("COUNTY_FEDERATION"))
                .andExpect(jsonPath("$[1].servingRegionCode").value("410100"))
                .andExpect(jsonPath("$[1].displayName").value("郑州市残疾人联合会"))
                .andExpect(jsonPath("$[2].displayName").value("郑州市民政局"))
                .andExpect(jsonPath("$[2].assigned").value(true));
    }

    @Test
    void aNamePathAnswers() throws Exception {
        mvc.perform(read("/api/regions").param("path", "河南省 郑州市 中原区"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("410102"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} on {3}")
    @CsvSource({
        "/api/regions/410199, 404, unknown-code, code",
        "/api/regions/410199/children, 404, unknown-code, code",
        "/api/regions/4101, 400, digits, code",
        "/api/regions/410102001001, 400, village, code",
        "/api/regions/410102/offices, 400, level, code",
        "/api/regions?path=河南省 郑州市 无名区, 404, unknown-path, path"
    })
    void errorsAreProblemDetailsNamingTheFieldAndTheRule(String path, int status, String rule, String field)
            throws Exception {
        mvc.perform(read(path))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void anUnknownCodeIsNamedInTheRequestsLanguage() throws Exception {
        mvc.perform(read("/api/regions/410199"))
                .andExpect(jsonPath("$.detail").value(containsString("找不到区划代码 410199")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("找不到区划代码 410199")))
                .andExpect(jsonPath("$.value").value("410199"));
        mvc.perform(read("/api/regions/410199").param("lang", "en"))
                .andExpect(jsonPath("$.detail").value(containsString("Unknown region code 410199")));
    }

    @Test
    void aMissingPathIsABadRequest() throws Exception {
        mvc.perform(read("/api/regions")).andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorImportsACsvAndAnEditionOnlyOnce() throws Exception {
        String edition = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String validFrom =
                imports.latestEditionStart().orElseThrow().plusDays(1).toString();
        String csv = "code,name,parent_code\n990000,测试省,\n990900,测试九市,\n990901,巳区,\n";
        mvc.perform(post("/api/regions/imports")
                        .param("edition", edition)
                        .param("validFrom", validFrom)
                        .contentType("text/csv")
                        .content(csv)
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edition").value(edition))
                .andExpect(jsonPath("$.rows").value(3));
        mvc.perform(read("/api/regions/990901"))
                .andExpect(jsonPath("$.namePath").value("测试省 测试九市 巳区"))
                .andExpect(jsonPath("$.edition").value(edition));
        mvc.perform(post("/api/regions/imports")
                        .param("edition", edition)
                        .param("validFrom", validFrom)
                        .contentType("text/csv")
                        .content(csv)
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("edition-exists"))
                .andExpect(jsonPath("$.field").value("edition"));
    }

    @Test
    void anImportMayBeAnUploadedFile() throws Exception {
        String edition = "t-" + UUID.randomUUID().toString().substring(0, 8);
        MockMultipartFile file = new MockMultipartFile(
                "file", "2024.csv", "text/csv", "code,name\n990000,测试省\n991100,测试十一市\n".getBytes(UTF_8));
        mvc.perform(multipart("/api/regions/imports")
                        .file(file)
                        .param("edition", edition)
                        .param(
                                "validFrom",
                                imports.latestEditionStart()
                                        .orElseThrow()
                                        .plusDays(1)
                                        .toString())
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2));
        mvc.perform(read("/api/regions/991100")).andExpect(jsonPath("$.name").value("测试十一市"));
    }

    @Test
    void aBadImportFileNamesTheLineFieldAndRule() throws Exception {
        mvc.perform(post("/api/regions/imports")
                        .param("edition", "t-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("validFrom", "2099-01-01")
                        .contentType("text/csv")
                        .content("code,name\n990000,测试省\n99091,坏代码\n")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("code-format"))
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("code-format"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.value").value("99091"));
    }

    @Test
    void anOfficeAssignmentNeedsAServingRegion() throws Exception {
        mvc.perform(put("/api/regions/410173/offices/COUNTY_FEDERATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"航空港区残联\"}")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("servingRegionCode"))
                .andExpect(jsonPath("$.rule").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].field").value("servingRegionCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void everyBrokenFieldOfAnAssignmentIsListed() throws Exception {
        mvc.perform(put("/api/regions/410173/offices/COUNTY_FEDERATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servingRegionCode\":\" \",\"displayName\":\"" + "残".repeat(101) + "\"}")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("servingRegionCode", "displayName")))
                .andExpect(jsonPath("$.errors[*].rule", containsInAnyOrder("NotBlank", "Size")));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/regions/{code}'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/regions/{code}/children'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/regions/{code}/offices'].get").exists())
                .andExpect(jsonPath("$.paths['/api/regions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/regions/imports'].post").exists());
    }
}
