package cn.wangben.assignment.grading.storage;

import cn.wangben.assignment.grading.EssayTexts;
import cn.wangben.assignment.submission.EssayStore;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SubmissionId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an essay's text where the submission stored it: the record's own {@code text} (typed, or extracted from its
 * file). Records from before the text was kept there point at an object: their {@code textKey} (the text version of an
 * uploaded file) if there is one, else their {@code objectKey} (a typed essay stored as UTF-8). Content that is not
 * text (a declared non-text type, or bytes that are not UTF-8) has no text version.
 */
@Component
class SubmittedEssayTexts implements EssayTexts {
    static final String SUBMISSIONS = "submissions";
    private static final String TEXT = "text";
    private static final String TEXT_TYPE_PREFIX = "text/";
    private static final List<String> FIELDS = List.of(TEXT, "textKey", "objectKey", "contentType");
    private final MongoTemplate mongo;
    private final EssayStore store;

    SubmittedEssayTexts(MongoTemplate mongo, EssayStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<String> textOf(CountyId county, SubmissionId submission) {
        Document d = mongo.getCollection(SUBMISSIONS)
                .find(Filters.and(Filters.eq("_id", submission.value()), Filters.eq("countyId", county.value())))
                .projection(Projections.include(FIELDS))
                .first();
        return d == null ? Optional.empty() : textOf(d);
    }

    /** One read of the submissions (and, for older records only, their objects one by one). */
    @Override
    public Map<SubmissionId, String> textsOf(CountyId county, Collection<SubmissionId> submissions) {
        Map<SubmissionId, String> texts = new LinkedHashMap<>();
        if (submissions.isEmpty()) {
            return texts;
        }
        List<String> ids =
                submissions.stream().map(SubmissionId::value).distinct().toList();
        mongo.getCollection(SUBMISSIONS)
                .find(Filters.and(Filters.in("_id", ids), Filters.eq("countyId", county.value())))
                .projection(Projections.include(FIELDS))
                .forEach(d -> textOf(d).ifPresent(text -> texts.put(SubmissionId.of(d.getString("_id")), text)));
        return texts;
    }

    private Optional<String> textOf(Document d) {
        String kept = d.getString(TEXT);
        if (kept != null) {
            return Optional.of(kept);
        }
        String key = d.getString("textKey");
        if (key == null) {
            String type = d.getString("contentType");
            if (type != null && !type.startsWith(TEXT_TYPE_PREFIX)) {
                return Optional.empty();
            }
            key = d.getString("objectKey");
        }
        return key == null ? Optional.empty() : utf8(store.get(key));
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
