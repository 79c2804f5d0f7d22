package cn.wangben.devstack;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of a unique index in the H2 store, ordered by value. H2's generic type orders objects it does not know (the
 * index keys among them) by their Java serialization, so every step of every index lookup serialized two keys: about
 * a seventh of the Mongo-wire server's CPU under the submission benchmark. Keys equal as values and as {@link
 * KeyValue#equals} compare 0; keys that only the value order ties (e.g. {@code null} and a missing field, which the
 * memory backend also keeps apart) are ordered by their bytes, so the order stays total and the same after a restart.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {
    static final IndexKeyType INSTANCE = new IndexKeyType();
    private static final int MISSING = 0;
    private static final int PRESENT = 1;
    private static final int KEY_OVERHEAD = 24;
    private final ObjectDataType values = new ObjectDataType();

    private IndexKeyType() {}

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int c = ValueComparator.asc().compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        return a.equals(b) ? 0 : Arrays.compare(bytes(a), bytes(b));
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = KEY_OVERHEAD;
        for (Object value : key) {
            memory += value instanceof Missing ? 0 : values.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            // the marker instead of the object: a deserialized Missing would be a second instance, unequal to it
            if (value instanceof Missing) {
                buffer.put((byte) MISSING);
            } else {
                buffer.put((byte) PRESENT);
                values.write(buffer, value);
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        Object[] read = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < read.length; i++) {
            read[i] = buffer.get() == MISSING ? Missing.getInstance() : values.read(buffer);
        }
        return new KeyValue(read);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    private byte[] bytes(KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        write(buffer, key);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }
}
