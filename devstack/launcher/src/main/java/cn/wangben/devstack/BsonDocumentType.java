package cn.wangben.devstack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Documents of the H2 store written as BSON. H2's generic type writes them with Java serialization, and since every
 * write commits before its reply, each command re-serialized every document of the pages it touched that way: the
 * larger part of the Mongo-wire server's CPU after the index lookups. BSON is what the documents came in as, so every
 * stored value has a form; a value that had none would still be written, the old way, after its own marker.
 */
final class BsonDocumentType extends BasicDataType<Document> {
    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    private static final byte BSON = 0;
    private static final byte SERIALIZED = 1;
    private static final int ENTRY_OVERHEAD = 40;
    private static final int VALUE_OVERHEAD = 24;
    private final ObjectDataType fallback = new ObjectDataType();

    private BsonDocumentType() {}

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException unencodable) {
            bson.release();
            buffer.put(SERIALIZED);
            fallback.write(buffer, document);
            return;
        }
        try {
            int length = bson.readableBytes();
            buffer.put(BSON).putVarInt(length).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get() == SERIALIZED) {
            return (Document) fallback.read(buffer);
        }
        int length = DataUtils.readVarInt(buffer);
        int start = buffer.position();
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, length)));
        buffer.position(start + length);
        return document;
    }

    /** An estimate for the page cache and page splits; walking the values is far cheaper than encoding them. */
    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private static int estimate(Object value) {
        if (value instanceof String s) {
            return VALUE_OVERHEAD + 2 * s.length();
        }
        if (value instanceof byte[] bytes) {
            return VALUE_OVERHEAD + bytes.length;
        }
        int memory = VALUE_OVERHEAD;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += ENTRY_OVERHEAD + estimate(entry.getKey()) + estimate(entry.getValue());
            }
        } else if (value instanceof Collection<?> values) {
            for (Object element : values) {
                memory += estimate(element);
            }
        }
        return memory;
    }
}
