package cn.wangben.contracts;

/**
 * How an event travels: its name in the {@code eventType} header, the schema version in {@code eventVersion}, and
 * its topic.
 */
public record EventType<E extends DomainEvent>(String name, int version, String topic, Class<E> javaType) {}
