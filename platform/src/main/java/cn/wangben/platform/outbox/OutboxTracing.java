package cn.wangben.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a request's trace across the outbox: the writer stores the trace context beside its events, and the relay,
 * sending them later on its own thread, sends each inside a span continuing that trace, so the Kafka record (and the
 * consumers' spans) belong to the request that caused the change.
 */
public final class OutboxTracing {
    private static final String SPAN_NAME = "outbox relay";
    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Tracing switched off: nothing is stored and sends run as they are. */
    public static OutboxTracing none() {
        return new OutboxTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The current trace context as propagation headers; empty outside a trace. */
    public Map<String, String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> carrier = new HashMap<>();
        if (context != null) {
            propagator.inject(context, carrier, Map::put);
        }
        return carrier;
    }

    /** Runs {@code send} inside a span continuing the trace the carrier names (or none, if it is empty). */
    public <T> T continuing(Map<String, String> carrier, Supplier<T> send) {
        if (carrier == null || carrier.isEmpty()) {
            return send.get();
        }
        Span span = propagator.extract(carrier, Map::get).name(SPAN_NAME).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return send.get();
        } finally {
            span.end();
        }
    }
}
