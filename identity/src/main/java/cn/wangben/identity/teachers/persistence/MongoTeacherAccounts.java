package cn.wangben.identity.teachers.persistence;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.identity.teachers.TeacherAccount;
import cn.wangben.identity.teachers.TeacherAccounts;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code teacher_accounts}: _id = county + roster key, so a teacher can only ever have one. */
public class MongoTeacherAccounts implements TeacherAccounts {
    static final String COLLECTION = "teacher_accounts";
    private final MongoTemplate mongo;

    public MongoTeacherAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
        collection().createIndex(Indexes.ascending("countyId", "schoolId", "username"));
    }

    @Override
    public Optional<TeacherAccount> find(CountyId county, String teacherKey) {
        return Optional.ofNullable(collection()
                        .find(Filters.eq("_id", id(county, teacherKey)))
                        .first())
                .map(MongoTeacherAccounts::account);
    }

    @Override
    public boolean insertPending(TeacherAccount a) {
        try {
            collection()
                    .insertOne(new Document("_id", id(a.county(), a.teacherKey()))
                            .append("countyId", a.county().value())
                            .append("schoolId", a.school().value())
                            .append("teacherKey", a.teacherKey())
                            .append("name", a.name())
                            .append("username", a.username())
                            .append("accountId", null)
                            .append("sealedPassword", a.sealedPassword())
                            .append("createdAt", Date.from(a.createdAt()))
                            .append("rosterId", a.rosterId()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void activate(CountyId county, String teacherKey, String accountId) {
        collection().updateOne(Filters.eq("_id", id(county, teacherKey)), Updates.set("accountId", accountId));
    }

    @Override
    public List<TeacherAccount> ofSchool(CountyId county, SchoolId school) {
        return collection()
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("schoolId", school.value())))
                .sort(Indexes.ascending("username"))
                .map(MongoTeacherAccounts::account)
                .into(new ArrayList<>());
    }

    @Override
    public List<TeacherAccount> takeSlips(CountyId county, SchoolId school) {
        List<TeacherAccount> taken = new ArrayList<>();
        // one document at a time: findOneAndUpdate is atomic, so two admins clicking at once never get the same slip
        while (true) {
            Document slip = collection()
                    .findOneAndUpdate(
                            Filters.and(
                                    Filters.eq("countyId", county.value()),
                                    Filters.eq("schoolId", school.value()),
                                    Filters.ne("accountId", null),
                                    Filters.ne("sealedPassword", null)),
                            Updates.set("sealedPassword", null));
            if (slip == null) {
                return taken;
            }
            taken.add(account(slip));
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static String id(CountyId county, String teacherKey) {
        return county.value() + ":" + teacherKey;
    }

    private static TeacherAccount account(Document d) {
        return new TeacherAccount(
                CountyId.of(d.getString("countyId")),
                SchoolId.of(d.getString("schoolId")),
                d.getString("teacherKey"),
                d.getString("name"),
                d.getString("username"),
                d.getString("accountId"),
                d.getString("sealedPassword"),
                d.getDate("createdAt").toInstant(),
                d.getString("rosterId"));
    }
}
