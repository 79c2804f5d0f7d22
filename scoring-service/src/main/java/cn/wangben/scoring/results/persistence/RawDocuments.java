package cn.wangben.scoring.results.persistence;

import com.mongodb.MongoClientSettings;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;

/**
 * Encodes a rebuild's documents to BSON before the driver sees them. The driver's document codec looks up a codec in
 * its registry for every value it writes; for a rebuild's hundreds of thousands of small documents those lookups were a
 * tenth of the rebuild's CPU. The value types projection documents hold are written directly; any other value goes
 * through the driver's own codec, so the bytes are what the driver would have sent.
 */
final class RawDocuments {
    private static final String ID = "_id";
    private static final int INITIAL_BYTES = 256;
    private static final CodecRegistry REGISTRY = MongoClientSettings.getDefaultCodecRegistry();
    private static final EncoderContext CONTEXT = EncoderContext.builder().build();

    private RawDocuments() {}

    static RawBsonDocument raw(Map<String, Object> document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(INITIAL_BYTES);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writeDocument(writer, document, true);
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    /** The id first, as the driver writes a document it stores. */
    private static void writeDocument(BsonWriter writer, Map<?, ?> document, boolean idFirst) {
        writer.writeStartDocument();
        if (idFirst && document.containsKey(ID)) {
            writer.writeName(ID);
            writeValue(writer, document.get(ID));
        }
        for (Map.Entry<?, ?> field : document.entrySet()) {
            String name = (String) field.getKey();
            if (idFirst && ID.equals(name)) {
                continue;
            }
            writer.writeName(name);
            writeValue(writer, field.getValue());
        }
        writer.writeEndDocument();
    }

    private static void writeValue(BsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String s) {
            writer.writeString(s);
        } else if (value instanceof Integer i) {
            writer.writeInt32(i);
        } else if (value instanceof Long l) {
            writer.writeInt64(l);
        } else if (value instanceof Boolean b) {
            writer.writeBoolean(b);
        } else if (value instanceof Date d) {
            writer.writeDateTime(d.getTime());
        } else if (value instanceof Decimal128 d) {
            writer.writeDecimal128(d);
        } else if (value instanceof Map<?, ?> m) {
            writeDocument(writer, m, false);
        } else if (value instanceof List<?> list) {
            writer.writeStartArray();
            list.forEach(v -> writeValue(writer, v));
            writer.writeEndArray();
        } else {
            viaCodec(writer, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void viaCodec(BsonWriter writer, T value) {
        ((Codec<T>) REGISTRY.get(value.getClass())).encode(writer, value, CONTEXT);
    }
}
