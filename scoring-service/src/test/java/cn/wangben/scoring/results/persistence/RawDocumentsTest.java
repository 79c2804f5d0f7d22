package cn.wangben.scoring.results.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** A rebuild's own encoding gives the bytes the driver's codec gives. */
class RawDocumentsTest {
    private static final DocumentCodec CODEC = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    @Test
    void encodesEveryValueTypeAsTheDriverDoes() {
        Document document = new Document("_id", "qingshan|p1|t1")
                .append("countyId", "qingshan")
                .append("count", 3)
                .append("revision", 12_345_678_901L)
                .append("passed", true)
                .append("missing", null)
                .append("at", Date.from(Instant.parse("2026-11-20T15:59:59.999Z")))
                .append("points", new Decimal128(new BigDecimal("18.5")))
                .append("ratio", 0.25)
                .append("ref", new ObjectId("65a0000000000000000000aa"))
                .append("modules", List.of("m1", new Document("m2", 20), List.of(1, 2)))
                .append("counts", new Document("on_time", 7).append("late", 1));

        assertThat(bytes(RawDocuments.raw(document))).isEqualTo(bytes(new RawBsonDocument(document, CODEC)));
    }

    @Test
    void writesChineseTextAsUtf8() {
        Document document = new Document("_id", "k1").append("name", "青山县第一中学").append("band", "优秀");

        assertThat(bytes(RawDocuments.raw(document))).isEqualTo(bytes(new RawBsonDocument(document, CODEC)));
    }

    @Test
    void leavesAValueItDoesNotKnowToTheDriver() {
        Document document = new Document("_id", "k1")
                .append("points", new BigDecimal("18.5"))
                .append("nested", new Document("at", Instant.parse("2026-11-20T15:59:59Z")));

        assertThat(RawDocuments.raw(document).decode(CODEC))
                .isEqualTo(new RawBsonDocument(document, CODEC).decode(CODEC));
    }

    private static byte[] bytes(RawBsonDocument document) {
        var buffer = document.getByteBuffer();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    @Test
    void writesTheIdFirstWhereverTheDocumentHoldsIt() {
        Document document = new Document("countyId", "qingshan").append("_id", "k1");

        assertThat(RawDocuments.raw(document).keySet()).containsExactly("_id", "countyId");
        assertThat(RawDocuments.raw(document).decode(CODEC)).isEqualTo(document);
    }
}
