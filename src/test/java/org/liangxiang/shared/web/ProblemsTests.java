package org.liangxiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTests {

    private final InvalidValueException name =
            new InvalidValueException("person.fullName", "REQUIRED", "请填写姓名", "Enter the name");
    private final InvalidValueException id = new InvalidValueException(
            "person.residentId", "RESIDENT_ID_CHECK_CHARACTER", "校验码不对", "Wrong check character");

    @Test
    void listsEveryViolationAndRepeatsTheFirst() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ProblemDetail problem;
        try {
            problem = new ApiProblems().invalidInput(new InvalidInputException(List.of(name, id)));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties())
                .containsEntry("field", "person.fullName")
                .containsEntry("rule", "REQUIRED");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors =
                (List<Map<String, String>>) problem.getProperties().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("person.fullName", "person.residentId");
        assertThat(errors).extracting(e -> e.get("rule")).containsExactly("REQUIRED", "RESIDENT_ID_CHECK_CHARACTER");
        assertThat(problem.getDetail()).contains("person.residentId: 校验码不对");
    }

    @Test
    void speaksEnglishWhenAsked() {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.invalidTitle(Locale.ENGLISH),
                List.of(Violation.of(id, Locale.ENGLISH)));

        assertThat(problem.getTitle()).isEqualTo("Invalid value");
        assertThat(problem.getDetail()).isEqualTo("Wrong check character");
    }

    @Test
    void throwsTheSingleRefusalItselfAndNothingForNone() {
        InvalidInputException.throwIfAny(List.of());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InvalidInputException.throwIfAny(List.of(id)))
                .isSameAs(id);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InvalidInputException.throwIfAny(List.of(id, name)))
                .isInstanceOf(InvalidInputException.class);
    }
}
