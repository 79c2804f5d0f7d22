package cn.wangben.scoring.results.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(RawDocuments.raw(document)).isEqualTo(new RawBsonDocument(document, new DocumentCodec()));
    }

    @Test
    void writesTheIdFirstWhereverTheDocumentHoldsIt() {
        Document document = new Document("countyId", "qingshan").append("_id", "k1");

        assertThat(RawDocuments.raw(document).keySet()).containsExactly("_id", "countyId");
        assertThat(RawDocuments.raw(document).decode(new DocumentCodec())).isEqualTo(document);
    }
}
