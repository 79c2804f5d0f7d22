package cn.wangben.assignment.material.persistence;

import cn.wangben.assignment.document.DocumentKind;
import cn.wangben.assignment.material.Material;
import cn.wangben.assignment.material.MaterialId;
import cn.wangben.assignment.material.Materials;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoMaterials implements Materials {
    static final String COLLECTION = "materials";
    private final MongoTemplate mongo;

    MongoMaterials(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "moduleId", "addedAt"));
    }

    @Override
    public void add(Material m) {
        mongo.getCollection(COLLECTION)
                .insertOne(new Document("_id", m.id().value())
                        .append("countyId", m.county().value())
                        .append("moduleId", m.module().value())
                        .append("type", m.type().name())
                        .append("title", m.title())
                        .append(
                                "documentKind",
                                m.documentKind() == null
                                        ? null
                                        : m.documentKind().name())
                        .append("objectKey", m.objectKey())
                        .append("filename", m.filename())
                        .append("bytes", m.bytes())
                        .append("sha256", m.sha256())
                        .append("videoUrl", m.videoUrl())
                        .append("durationSeconds", m.durationSeconds())
                        .append("addedBy", m.addedBy())
                        .append("addedAt", Date.from(m.addedAt())));
    }

    @Override
    public Optional<Material> find(CountyId county, MaterialId id) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION)
                        .find(Filters.and(Filters.eq("_id", id.value()), Filters.eq("countyId", county.value())))
                        .first())
                .map(MongoMaterials::fromDocument);
    }

    @Override
    public List<Material> ofModule(CountyId county, ModuleId module) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.and(Filters.eq("countyId", county.value()), Filters.eq("moduleId", module.value())))
                .sort(Sorts.ascending("addedAt"))
                .map(MongoMaterials::fromDocument)
                .into(new ArrayList<>());
    }

    private static Material fromDocument(Document d) {
        String kind = d.getString("documentKind");
        Number bytes = d.get("bytes", Number.class);
        return new Material(
                MaterialId.of(d.getString("_id")),
                CountyId.of(d.getString("countyId")),
                ModuleId.of(d.getString("moduleId")),
                Material.Type.valueOf(d.getString("type")),
                d.getString("title"),
                kind == null ? null : DocumentKind.valueOf(kind),
                d.getString("objectKey"),
                d.getString("filename"),
                bytes == null ? null : bytes.longValue(),
                d.getString("sha256"),
                d.getString("videoUrl"),
                d.getInteger("durationSeconds"),
                d.getString("addedBy"),
                d.getDate("addedAt").toInstant());
    }
}
