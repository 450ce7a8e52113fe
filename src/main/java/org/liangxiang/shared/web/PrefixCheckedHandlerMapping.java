package org.liangxiang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with a cheap first test. A path with variables ({@code /api/applications/{id}/submission},
 * most of the API) is not found among the literal paths, so Spring asks every mapping of the application (about 200)
 * whether it matches: its HTTP method, then its patterns against the parsed path, each ask going through the request's
 * wrappers. Run 14's profile of the submissions had that scan at a fifth of a request's samples on its thread, as much as
 * the submission itself. A mapping none of whose patterns' literal beginnings (the text before the first variable or
 * wildcard) begins the path cannot match, and is passed over here before Spring asks it anything; the rest are asked
 * exactly as before, and which mapping wins, the path variables and the 404/405/406 answers are Spring's own.
 *
 * <p>The test is skipped for a path that holds {@code %} or {@code ;} (patterns match the decoded path without matrix
 * variables, which the raw text is not) and for a mapping without parsed patterns.
 */
final class PrefixCheckedHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();
    private static final String[] ANY = {""};

    private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = LOOKUP_PATH.get();
        LOOKUP_PATH.set(lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                LOOKUP_PATH.remove();
            } else {
                LOOKUP_PATH.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null
                && !mayMatch(beginnings.computeIfAbsent(info, PrefixCheckedHandlerMapping::beginningsOf), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    static boolean mayMatch(String[] beginnings, String path) {
        for (String beginning : beginnings) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** The literal beginning of each of the mapping's patterns; {@code {""}} (anything may match) without patterns. */
    static String[] beginningsOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        return condition.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(PrefixCheckedHandlerMapping::literalBeginning)
                .toArray(String[]::new);
    }

    /** The text of a pattern before its first variable or wildcard: every path it matches begins with it. */
    static String literalBeginning(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }
}
