package org.liangxiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's own controllers are mapped by {@link LiteralStartHandlerMapping}, and for a request to every path
 * they map (variables filled in, with every method, and varied: percent-encoded, with a trailing separator, in capitals)
 * it answers as Spring's own mapping over the same controllers does.
 */
@IntegrationTest
class LiteralStartHandlerMappingIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ApplicationContext context;

    @Test
    void mapsTheApplicationsRequestsAsSpringDoes() {
        assertThat(mapping).isInstanceOf(LiteralStartHandlerMapping.class);
        RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
        spring.setPatternParser(mapping.getPatternParser());
        spring.setContentNegotiationManager(mapping.getContentNegotiationManager());
        spring.setPathPrefixes(mapping.getPathPrefixes());
        context.getAutowireCapableBeanFactory().initializeBean(spring, "springsOwnMapping"); // as the context's is
        assertThat(spring.getHandlerMethods().keySet())
                .containsExactlyInAnyOrderElementsOf(mapping.getHandlerMethods().keySet());

        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString()
                        .replaceAll("\\{\\*[^}]*}", "/p/q")
                        .replaceAll("\\{[^}]*}", "7")
                        .replace("**", "p/q")
                        .replace("*", "p");
                paths.add(path);
                paths.add(path + "/");
                paths.add(path.toUpperCase());
                paths.add(encodedFirstLetter(path));
            }
        }
        assertThat(paths).hasSizeGreaterThan(300);
        List<String> differences = new ArrayList<>();
        int found = 0;
        for (String path : paths) {
            for (RequestMethod method : RequestMethod.values()) {
                for (String type : new String[] {null, "application/json", "multipart/form-data; boundary=x"}) {
                    String expected = LiteralStartHandlerMappingTests.answer(spring, method.name(), path, type);
                    String actual = LiteralStartHandlerMappingTests.answer(mapping, method.name(), path, type);
                    if (!expected.equals(actual)) {
                        differences.add(method + " " + path + " " + type + ": Spring " + expected + ", here " + actual);
                    }
                    if (expected.startsWith("method ")) {
                        found++;
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(found).as("requests mapped to a method").isGreaterThan(200);
    }

    /** The path with its first letter percent-encoded ({@code /api} as {@code /%61pi}), which Spring decodes. */
    private static String encodedFirstLetter(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isLetter(c) && c < 0x80) {
                return path.substring(0, i) + "%" + Integer.toHexString(c).toUpperCase() + path.substring(i + 1);
            }
        }
        return path;
    }
}
