package cn.wangben.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every service reads a JSON request body. A key given twice is refused (which value was meant cannot be known),
 * trailing content after the document is refused, and every string passes {@link SafeText}. Unknown fields stay
 * ignored: the UI may send back fields of a view, and the server owns ids and states anyway (docs/reliability.md).
 */
@Configuration(proxyBeanMethods = false)
public class JsonInput {
    @Bean
    JsonMapperBuilderCustomizer wangbenJsonInput() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new SimpleModule("wangben-safe-text").addDeserializer(String.class, new SafeText()));
    }
}
