package org.liangxiang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type of an upload comes from its first bytes, never from its name. */
class FileContentTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "255216255224, image/jpeg",
        "137080078071013010026010, image/png",
        "037080068070045049046055, application/pdf",
        "077090144000, ''", // MZ: a Windows executable, whatever it is called
        "080075003004, ''", // PK: a zip (or .docx)
        "037080068070, ''", // %PDF without the dash
        "'', ''"
    })
    void judgesTheContent(String triplets, String expected) {
        byte[] content = new byte[triplets.length() / 3];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) Integer.parseInt(triplets.substring(i * 3, i * 3 + 3));
        }
        assertThat(FileContent.typeOf(content).orElse("")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aTextFileNamedPdfIsNoPdf() {
        assertThat(FileContent.typeOf("hello.pdf".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
