package org.liangxiang.shared.document;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PDF renderer, with the application's messages for the documents' texts. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    PdfRenderer pdfRenderer(MessageSource messageSource) {
        return new PdfRenderer(messageSource);
    }
}
