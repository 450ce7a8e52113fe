package org.liangxiang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.RequestMethod;
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
 * {@code /api/applications}) and its methods are kept when it is registered, and a mapping is passed over without
 * those checks when the request's path begins with none of its starts, or when it names methods and not the request's
 * (read once a lookup).
 *
 * <p>Spring's answers are unchanged: a mapping passed over is one whose patterns cannot match the path, because a
 * pattern's literal start must be matched character for character (patterns are case-sensitive here, Spring's
 * default; with a case-insensitive parser nothing is passed over). A path with percent-encoding is matched by Spring
 * after decoding, so such a path is looked up without passing anything over; so is any mapping with a pattern that
 * does not start with {@code /}. Errors (404, 405, 415) are Spring's own: they are worked out from all the mappings
 * whatever was passed over. The method is not used to pass over for HEAD (which GET's mappings take), OPTIONS (CORS
 * pre-flights; mappings without methods refuse it) or a method Spring does not know.
 */
class LiteralStartHandlerMapping extends RequestMappingHandlerMapping {

    /** What the lookup running on this thread may pass mappings over by: its path and its method (either null: not). */
    private record Lookup(String path, RequestMethod method) {}

    /** What a mapping may be passed over by: its literal starts (null: none) and its methods (empty: every method). */
    private record Passable(String[] starts, Set<RequestMethod> methods) {}

    private static final ThreadLocal<Lookup> LOOKUP = new ThreadLocal<>();

    /** Each mapping's literal starts and methods, kept when it is registered (a mapping absent is always asked). */
    private final Map<RequestMappingInfo, Passable> passable = new ConcurrentHashMap<>();

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
        passable.remove(mapping);
        super.unregisterMapping(mapping);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        Lookup outer = LOOKUP.get(); // an error page's or a forward's lookup runs inside the request's
        LOOKUP.set(new Lookup(lookupPath.indexOf('%') >= 0 ? null : lookupPath, passableBy(request.getMethod())));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                LOOKUP.remove();
            } else {
                LOOKUP.set(outer);
            }
        }
    }

    /**
     * The request's method when mappings may be passed over by it: not HEAD (GET's mappings take it), not OPTIONS
     * (CORS pre-flights, and mappings without methods refuse it), not a method Spring does not know.
     */
    private static RequestMethod passableBy(String method) {
        RequestMethod known = RequestMethod.resolve(method);
        return known == RequestMethod.HEAD || known == RequestMethod.OPTIONS ? null : known;
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        Lookup lookup = LOOKUP.get();
        Passable by = lookup == null ? null : passable.get(info);
        if (by != null) {
            if (lookup.method() != null
                    && !by.methods().isEmpty()
                    && !by.methods().contains(lookup.method())) {
                return null;
            }
            if (lookup.path() != null && by.starts() != null && !beginsWithAny(lookup.path(), by.starts())) {
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
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        passable.put(
                mapping, new Passable(literalStarts(mapping), methods.isEmpty() ? Set.of() : EnumSet.copyOf(methods)));
    }

    /** The literal start of each of the mapping's patterns, or null when its path may not pass it over. */
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
