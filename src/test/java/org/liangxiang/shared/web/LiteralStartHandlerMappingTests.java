package org.liangxiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The mapping that passes over mappings by their literal start answers every request as Spring's own does: the same
 * method, or the same error. The patterns here are the awkward ones (variables mid-segment, regular expressions,
 * wildcards, trailing separators, a literal path beside a variable one); the paths include percent-encoding, path
 * parameters, another case and paths nothing maps.
 */
class LiteralStartHandlerMappingTests {

    @RestController
    static class Patterns {
        @GetMapping("/a")
        String a() {
            return "a";
        }

        @PostMapping("/a")
        String aPost() {
            return "aPost";
        }

        @GetMapping("/a/{id}")
        String aId() {
            return "aId";
        }

        @PutMapping(path = "/a/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
        String aIdPut() {
            return "aIdPut";
        }

        @PostMapping("/a/{id}/submission")
        String submission() {
            return "submission";
        }

        @GetMapping("/a/b")
        String ab() {
            return "ab";
        }

        @GetMapping("/files/img{n}.png")
        String image() {
            return "image";
        }

        @GetMapping("/x/**")
        String rest() {
            return "rest";
        }

        @GetMapping("/{any}/y")
        String anyY() {
            return "anyY";
        }

        @GetMapping("/r/{id:\\d+}")
        String digits() {
            return "digits";
        }

        @GetMapping("/t/")
        String slash() {
            return "slash";
        }

        @GetMapping("/u")
        String u() {
            return "u";
        }

        @DeleteMapping("/s/*/z")
        String star() {
            return "star";
        }

        @GetMapping("/c/{*path}")
        String capture() {
            return "capture";
        }

        @GetMapping({"/m/one", "/n/{two}"})
        String two() {
            return "two";
        }

        @GetMapping("/")
        String root() {
            return "root";
        }
    }

    @RestController
    @RequestMapping("/api/things")
    static class Things {
        @GetMapping
        String list() {
            return "list";
        }

        @GetMapping("/{id}")
        String one() {
            return "one";
        }

        @PostMapping("/{id}/act")
        String act() {
            return "act";
        }
    }

    private static RequestMappingHandlerMapping spring;
    private static LiteralStartHandlerMapping literal;

    @BeforeAll
    static void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("patterns", Patterns.class);
        context.registerSingleton("things", Things.class);
        context.refresh();
        spring = new RequestMappingHandlerMapping();
        literal = new LiteralStartHandlerMapping();
        for (RequestMappingHandlerMapping m : List.of(spring, literal)) {
            m.setApplicationContext(context);
            m.afterPropertiesSet();
        }
    }

    static final List<String> PATHS = List.of(
            "/",
            "/a",
            "/a/",
            "/a/1",
            "/a/b",
            "/a/b/",
            "/a/1/submission",
            "/a/1/submission/",
            "/a/%31/submission",
            "/%61/1",
            "/a;p=1/1",
            "/a/1;jsessionid=x/submission",
            "/A/1",
            "/files/img3.png",
            "/files/x.png",
            "/files/img.png",
            "/x",
            "/x/",
            "/x/p/q",
            "/q/y",
            "/a/y",
            "/r/12",
            "/r/ab",
            "/t",
            "/t/",
            "/u",
            "/u/",
            "/U",
            "/s/k/z",
            "/s/k/l/z",
            "/c",
            "/c/",
            "/c/d/e",
            "/m/one",
            "/n/2",
            "/m/2",
            "/nothing",
            "/api/things",
            "/api/things/",
            "/api/things/7",
            "/api/things/7/act",
            "/api/thingsX",
            "/api/thing%73/7");

    static final List<String> METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND");

    @Test
    void answersEveryRequestAsSpringDoes() {
        List<String> differences = new ArrayList<>();
        int found = 0;
        for (String path : PATHS) {
            for (String method : METHODS) {
                for (String contentType : new String[] {null, MediaType.APPLICATION_JSON_VALUE, "text/plain"}) {
                    String expected = answer(spring, method, path, contentType);
                    String actual = answer(literal, method, path, contentType);
                    if (!expected.equals(actual)) {
                        differences.add(method + " " + path + " " + contentType + ": Spring " + expected
                                + ", literal starts " + actual);
                    }
                    if (expected.startsWith("method ")) {
                        found++;
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(found).as("requests mapped to a method").isGreaterThan(60);
    }

    @Test
    void keepsThePatternsUpToTheirFirstVariable() {
        assertThat(LiteralStartHandlerMapping.literalStart("/api/applications/{id}/submission"))
                .isEqualTo("/api/applications");
        assertThat(LiteralStartHandlerMapping.literalStart("/files/img{n}.png")).isEqualTo("/files");
        assertThat(LiteralStartHandlerMapping.literalStart("/x/**")).isEqualTo("/x");
        assertThat(LiteralStartHandlerMapping.literalStart("/{any}/y")).isEqualTo("");
        assertThat(LiteralStartHandlerMapping.literalStart("/s/*/z")).isEqualTo("/s");
        assertThat(LiteralStartHandlerMapping.literalStart("/t/")).isEqualTo("/t");
        assertThat(LiteralStartHandlerMapping.literalStart("/u")).isEqualTo("/u");
        assertThat(LiteralStartHandlerMapping.literalStart("relative")).isNull();
    }

    static String answer(AbstractHandlerMapping mapping, String method, String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            request.setContentType(contentType);
            request.setContent("{}".getBytes());
        }
        if ("OPTIONS".equals(method)) {
            request.addHeader("Origin", "https://elsewhere.example");
            request.addHeader("Access-Control-Request-Method", "POST");
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            return chain.getHandler() instanceof HandlerMethod m
                    ? "method " + m.getMethod().getName()
                    : "handler " + chain.getHandler().getClass().getSimpleName();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
