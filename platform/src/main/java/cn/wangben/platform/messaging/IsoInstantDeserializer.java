package cn.wangben.platform.messaging;

import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/** Event instants in their canonical form read by {@link IsoInstants}; anything else by Jackson's own deserializer. */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            var read = IsoInstants.canonical(parser.getString());
            if (read.isPresent()) {
                return read.get();
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
