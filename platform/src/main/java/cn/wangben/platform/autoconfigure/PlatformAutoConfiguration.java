package cn.wangben.platform.autoconfigure;

import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxProperties;
import cn.wangben.platform.outbox.OutboxRelay;
import cn.wangben.platform.outbox.OutboxTracing;
import cn.wangben.platform.web.ProblemDetailsAdvice;
import cn.wangben.platform.web.ProblemMetrics;
import cn.wangben.platform.web.RequestContextFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** What every service gets by depending on the platform module. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ProblemDetailsAdvice.class, ProblemMetrics.class})
public class PlatformAutoConfiguration {
    /** Every deadline of the platform is an instant read in this zone (see docs/architecture.md). */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PLATFORM_ZONE);
    }

    @Bean
    RequestContextFilter wangbenRequestContextFilter() {
        return new RequestContextFilter();
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters,
            Clock clock,
            OutboxTracing tracing) {
        return new OutboxRelay(mongo, kafka, properties, meters, clock, tracing);
    }

    @Bean
    EventSourcedWrites eventSourcedWrites(
            MongoTemplate mongo, EventCodec codec, OutboxRelay relay, OutboxTracing tracing) {
        return new EventSourcedWrites(mongo, codec, relay, tracing);
    }

    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? OutboxTracing.none() : new OutboxTracing(t, p);
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> wangbenCommonTags(
            @Value("${spring.application.name:unknown}") String application) {
        return registry -> registry.config().commonTags("application", application, "platform", "wangben");
    }
}
