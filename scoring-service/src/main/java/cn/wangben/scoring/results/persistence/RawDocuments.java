package cn.wangben.scoring.results.persistence;

import com.mongodb.MongoClientSettings;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Encodes a rebuild's documents to BSON before the driver sees them. The driver's document codec looks up a codec in
 * its registry for every value and drives a checking writer; for a rebuild's hundreds of thousands of small documents
 * that was a fifth of the rebuild's CPU. The value types projection documents hold are written here byte by byte (the
 * BSON specification's layout); a document holding any other value goes through the driver's codec whole, so the bytes
 * are always what the driver would have sent.
 */
final class RawDocuments {
    private static final String ID = "_id";
    private static final int INITIAL_BYTES = 512;
    private static final DocumentCodec DRIVER = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte DOCUMENT = 0x03;
    private static final byte ARRAY = 0x04;
    private static final byte OBJECT_ID = 0x07;
    private static final byte BOOLEAN = 0x08;
    private static final byte DATE_TIME = 0x09;
    private static final byte NULL = 0x0A;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;
    private static final byte DECIMAL128 = 0x13;

    private RawDocuments() {}

    static RawBsonDocument raw(Map<String, Object> document) {
        Bytes out = new Bytes(INITIAL_BYTES);
        if (out.document(document, true)) {
            return new RawBsonDocument(out.bytes, 0, out.size);
        }
        Document idFirst = new Document();
        if (document.containsKey(ID)) {
            idFirst.put(ID, document.get(ID));
        }
        idFirst.putAll(document);
        return new RawBsonDocument(idFirst, DRIVER);
    }

    /** A growing little-endian buffer; each write answers false for a value it does not know. */
    private static final class Bytes {
        byte[] bytes;
        int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        /** The id first, as the driver writes a document it stores. */
        boolean document(Map<?, ?> document, boolean idFirst) {
            int start = size;
            int32(0); // the length, set below
            if (idFirst && document.containsKey(ID) && !element(ID, document.get(ID))) {
                return false;
            }
            for (Map.Entry<?, ?> field : document.entrySet()) {
                String name = (String) field.getKey();
                if (!(idFirst && ID.equals(name)) && !element(name, field.getValue())) {
                    return false;
                }
            }
            byte1((byte) 0);
            lengthAt(start);
            return true;
        }

        private boolean array(List<?> values) {
            int start = size;
            int32(0);
            for (int i = 0; i < values.size(); i++) {
                if (!element(Integer.toString(i), values.get(i))) {
                    return false;
                }
            }
            byte1((byte) 0);
            lengthAt(start);
            return true;
        }

        private boolean element(String name, Object value) {
            int typeAt = size;
            byte1((byte) 0); // the type, set once the value is known
            if (name.indexOf('\0') >= 0) {
                return false;
            }
            utf8(name);
            byte1((byte) 0);
            byte type;
            if (value == null) {
                type = NULL;
            } else if (value instanceof String s) {
                type = STRING;
                string(s);
            } else if (value instanceof Integer i) {
                type = INT32;
                int32(i);
            } else if (value instanceof Long l) {
                type = INT64;
                int64(l);
            } else if (value instanceof Boolean b) {
                type = BOOLEAN;
                byte1((byte) (b ? 1 : 0));
            } else if (value instanceof Date d) {
                type = DATE_TIME;
                int64(d.getTime());
            } else if (value instanceof Decimal128 d) {
                type = DECIMAL128;
                int64(d.getLow());
                int64(d.getHigh());
            } else if (value instanceof Double d) {
                type = DOUBLE;
                int64(Double.doubleToRawLongBits(d));
            } else if (value instanceof ObjectId o) {
                type = OBJECT_ID;
                raw(o.toByteArray());
            } else if (value instanceof Map<?, ?> m) {
                type = DOCUMENT;
                if (!document(m, false)) {
                    return false;
                }
            } else if (value instanceof List<?> list) {
                type = ARRAY;
                if (!array(list)) {
                    return false;
                }
            } else {
                return false;
            }
            bytes[typeAt] = type;
            return true;
        }

        private void string(String s) {
            int start = size;
            int32(0);
            utf8(s);
            byte1((byte) 0);
            setInt32(start, size - start - 4);
        }

        private void utf8(String s) {
            raw(s.getBytes(StandardCharsets.UTF_8));
        }

        private void lengthAt(int start) {
            setInt32(start, size - start);
        }

        private void raw(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        private void byte1(byte b) {
            ensure(1);
            bytes[size++] = b;
        }

        private void int32(int v) {
            ensure(4);
            setInt32(size, v);
            size += 4;
        }

        private void setInt32(int at, int v) {
            bytes[at] = (byte) v;
            bytes[at + 1] = (byte) (v >>> 8);
            bytes[at + 2] = (byte) (v >>> 16);
            bytes[at + 3] = (byte) (v >>> 24);
        }

        private void int64(long v) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                bytes[size++] = (byte) (v >>> (8 * i));
            }
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
