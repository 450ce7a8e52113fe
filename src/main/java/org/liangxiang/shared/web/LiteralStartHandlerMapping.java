package org.liangxiang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to annotated controller methods, asking only the mappings whose paths could match.
 *
 * <p>Spring finds a path without variables ({@code /api/applications}) directly, but a path with one ({@code
 * /api/applications/{id}/submission}: most of the API and the pages) by asking every one of the application's some
 * 200 mappings in turn whether it matches: its HTTP methods and the CORS pre-flight (each a call through the request's
 * chain of wrappers: the session's, the security's), its path, its media types. Most fail on the path's literal start.
 * Here each mapping's literal starts (its patterns up to the last {@code /} before the first variable or wildcard:
 * {@code /api/applications}) are kept when it is registered, and a mapping is passed over without those checks when
 * the request's path begins with none of them.
 *
 * <p>Spring's answers are unchanged: a mapping passed over is one whose patterns cannot match the path, because a
 * pattern's literal start must be matched character for character (patterns are case-sensitive here, Spring's
 * default; with a case-insensitive parser nothing is passed over). A path with percent-encoding is matched by Spring
 * after decoding, so such a path is looked up without passing anything over; so is any mapping with a pattern that
 * does not start with {@code /}. Errors (404, 405, 415) are Spring's own: they are worked out from all the mappings
 * whatever was passed over.
 */
class LiteralStartHandlerMapping extends RequestMappingHandlerMapping {

    /** The path of the lookup running on this thread; {@link #EVERY_MAPPING} when nothing may be passed over. */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    private static final String EVERY_MAPPING = new String("every mapping");

    /** Each mapping's literal starts; a mapping absent here is always asked. */
    private final Map<RequestMappingInfo, String[]> starts = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        remember(mapping);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        remember(mapping);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        starts.remove(mapping);
        super.unregisterMapping(mapping);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = LOOKUP_PATH.get(); // an error page's or a forward's lookup runs inside the request's
        LOOKUP_PATH.set(lookupPath.indexOf('%') >= 0 ? EVERY_MAPPING : lookupPath);
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
        if (path != null && path != EVERY_MAPPING) {
            String[] literal = starts.get(info);
            if (literal != null && !beginsWithAny(path, literal)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean beginsWithAny(String path, String[] literal) {
        for (String start : literal) {
            if (path.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private void remember(RequestMappingInfo mapping) {
        String[] literal = literalStarts(mapping);
        if (literal != null) {
            starts.put(mapping, literal);
        }
    }

    /** The literal start of each of the mapping's patterns, or null when the mapping must always be asked. */
    String[] literalStarts(RequestMappingInfo mapping) {
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns == null
                || getPatternParser() == null
                || !getPatternParser().isCaseSensitive()) {
            return null;
        }
        String[] literal = new String[patterns.getPatterns().size()];
        int i = 0;
        for (PathPattern pattern : patterns.getPatterns()) {
            String start = literalStart(pattern.getPatternString());
            if (start == null) {
                return null;
            }
            literal[i++] = start;
        }
        return i == 0 ? null : literal;
    }

    /**
     * The pattern up to (not including) the last {@code /} before its first variable or wildcard; all of it, without a
     * trailing {@code /}, when it has none.
     */
    static String literalStart(String pattern) {
        if (!pattern.startsWith("/")) {
            return null;
        }
        int special = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?' || c == '\\' || c == ';' || c == '%') {
                special = i;
                break;
            }
        }
        if (special == pattern.length()) { // a trailing separator may be optional, in the pattern or in the path
            return pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        }
        return pattern.substring(0, pattern.lastIndexOf('/', special)); // "/x/**" and "/x/{*rest}" match "/x" too
    }
}
