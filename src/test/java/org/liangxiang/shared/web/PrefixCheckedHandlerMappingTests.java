package org.liangxiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

class PrefixCheckedHandlerMappingTests {

    private static RequestMappingInfo mapping(String... patterns) {
        return RequestMappingInfo.paths(patterns).options(builderOptions()).build();
    }

    private static RequestMappingInfo.BuilderConfiguration builderOptions() {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(new PathPatternParser());
        return options;
    }

    @Test
    void aPatternsLiteralBeginningStopsAtTheFirstVariableOrWildcard() {
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/api/applications/{id}/submission"))
                .isEqualTo("/api/applications/");
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/staff/**")).isEqualTo("/staff/");
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/files/*.pdf")).isEqualTo("/files/");
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/a?c")).isEqualTo("/a");
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/guide")).isEqualTo("/guide");
        assertThat(PrefixCheckedHandlerMapping.literalBeginning("/{*rest}")).isEqualTo("/");
    }

    @Test
    void aMappingMayMatchWhenAnyOfItsPatternsBeginsThePath() {
        String[] beginnings =
                PrefixCheckedHandlerMapping.beginningsOf(mapping("/api/applications/{id}", "/api/partner/{id}"));

        assertThat(beginnings).containsExactlyInAnyOrder("/api/applications/", "/api/partner/");
        assertThat(PrefixCheckedHandlerMapping.mayMatch(beginnings, "/api/partner/7"))
                .isTrue();
        assertThat(PrefixCheckedHandlerMapping.mayMatch(beginnings, "/api/applications/7/submission"))
                .isTrue();
        assertThat(PrefixCheckedHandlerMapping.mayMatch(beginnings, "/api/review/cases/7"))
                .isFalse();
        // case matters, as it does for Spring's parser by default
        assertThat(PrefixCheckedHandlerMapping.mayMatch(beginnings, "/API/applications/7"))
                .isFalse();
    }

    @Test
    void aMappingWithoutPatternsMayMatchAnything() {
        RequestMappingInfo any =
                RequestMappingInfo.paths().options(builderOptions()).build();

        assertThat(PrefixCheckedHandlerMapping.mayMatch(PrefixCheckedHandlerMapping.beginningsOf(any), "/x/y"))
                .isTrue();
    }
}
