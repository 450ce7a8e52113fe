package org.liangxiang.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of Liangxiang's RFC 9457 problem details for bad input, whichever module answers: {@code detail} joins
 * the messages, {@code errors} lists every {@link Violation} ({@code field}, {@code rule}, {@code message}), and {@code
 * field} and {@code rule} repeat the first one for clients that show a single message. Modules with their own
 * exceptions build their answers here so that a partner parses one shape.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String title, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                violations.size() == 1
                        ? violations.get(0).message()
                        : violations.stream()
                                .map(v -> v.field() + ": " + v.message())
                                .collect(Collectors.joining("; ")));
        problem.setTitle(title);
        problem.setProperty("field", violations.get(0).field());
        problem.setProperty("rule", violations.get(0).rule());
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
                        .toList());
        return problem;
    }

    /** "Invalid value" in the caller's language (Chinese unless English was asked for). */
    public static String invalidTitle(Locale locale) {
        return english(locale) ? "Invalid value" : "输入不符合要求";
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
