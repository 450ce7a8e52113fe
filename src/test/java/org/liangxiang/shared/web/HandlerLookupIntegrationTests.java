package org.liangxiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The application's handler lookup (PrefixCheckedHandlerMapping) finds what Spring's own would, and refuses alike. */
@IntegrationTest
class HandlerLookupIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private HandlerMethod handler(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null ? null : (HandlerMethod) chain.getHandler();
    }

    @Test
    void theDispatcherUsesThePrefixCheckedLookup() {
        assertThat(mapping).isInstanceOf(PrefixCheckedHandlerMapping.class);
    }

    @Test
    void findsAPathWithVariablesAndItsVariables() throws Exception {
        MockHttpServletRequest request =
                new MockHttpServletRequest("POST", "/api/applications/0f8e2b6c-0000-7000-8000-000000000001/submission");
        ServletRequestPathUtils.parseAndCache(request);
        HandlerMethod found = (HandlerMethod) mapping.getHandler(request).getHandler();

        assertThat(found.getMethod().getName()).isEqualTo("submit");
        assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .asString()
                .contains("0f8e2b6c-0000-7000-8000-000000000001");
    }

    @Test
    void findsAnEncodedPathAsSpringDoes() throws Exception {
        // the raw path holds %: the literal test is skipped and Spring matches the decoded path
        assertThat(handler("POST", "/api/applications/a%2Db/submission")
                        .getMethod()
                        .getName())
                .isEqualTo("submit");
    }

    @Test
    void aKnownPathWithAnotherMethodIsStill405AndAnUnknownPathFindsNothing() throws Exception {
        assertThatThrownBy(() -> handler("DELETE", "/api/applications/x/submission"))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
        assertThat(handler("POST", "/api/nothing-here/x/submission")).isNull();
    }
}
