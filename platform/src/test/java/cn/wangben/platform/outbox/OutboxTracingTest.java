package cn.wangben.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxTracingTest {
    private final Tracing brave = Tracing.newBuilder()
            .currentTraceContext(ThreadLocalCurrentTraceContext.create())
            .build();
    private final Tracer tracer = new BraveTracer(
            brave.tracer(), new BraveCurrentTraceContext(brave.currentTraceContext()), new BraveBaggageManager());
    private final OutboxTracing tracing = new OutboxTracing(tracer, new BravePropagator(brave));

    @AfterEach
    void close() {
        brave.close();
    }

    @Test
    void theRelaysSendContinuesTheTraceTheChangeWasMadeIn() {
        Span request = tracer.nextSpan().name("POST essay").start();
        Map<String, String> stored;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            stored = tracing.current();
        } finally {
            request.end();
        }
        assertThat(stored).isNotEmpty();

        // later, on the relay's thread, outside any span
        String traceOfSend =
                tracing.continuing(stored, () -> tracer.currentSpan().context().traceId());
        String spanOfSend =
                tracing.continuing(stored, () -> tracer.currentSpan().context().spanId());

        assertThat(traceOfSend).isEqualTo(request.context().traceId());
        assertThat(spanOfSend).isNotEqualTo(request.context().spanId());
        assertThat(tracer.currentSpan()).as("nothing left in scope").isNull();
    }

    @Test
    void outsideATraceNothingIsStoredAndTheSendRunsAsItIs() {
        assertThat(tracing.current()).isEmpty();
        assertThat(tracing.continuing(Map.of(), () -> tracer.currentSpan())).isNull();
        assertThat(OutboxTracing.none().current()).isEmpty();
    }
}
