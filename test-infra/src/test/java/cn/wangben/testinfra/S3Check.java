package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.platform.net.NoDelaySocketFactory;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.http.Method;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import okhttp3.OkHttpClient;

/** Bucket, put, get and a presigned GET with the MinIO client the services use. */
final class S3Check {

    private static final String CONTENT_TYPE = "text/plain";
    // with unknown-length streams the client buffers parts of at least this size
    private static final long NO_PART_SIZE = -1;
    private static final int PRESIGN_SECONDS = 60;
    private static final int HTTP_OK = 200;

    private final MinioClient minio;

    S3Check(TestInfrastructure infrastructure) {
        minio = MinioClient.builder()
                .endpoint(infrastructure.s3Endpoint())
                .credentials(infrastructure.s3AccessKey(), infrastructure.s3SecretKey())
                .region(infrastructure.s3Region())
                .httpClient(new OkHttpClient.Builder()
                        .socketFactory(new NoDelaySocketFactory())
                        .build())
                .build();
    }

    void putGetAndPresign() throws Exception {
        String bucket = "check-" + UUID.randomUUID();
        String object = "plans/p-1.txt";
        byte[] content = "lesson plan".getBytes(StandardCharsets.UTF_8);

        minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        assertThat(minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))
                .isTrue();
        minio.putObject(PutObjectArgs.builder().bucket(bucket).object(object).stream(
                        new ByteArrayInputStream(content), content.length, NO_PART_SIZE)
                .contentType(CONTENT_TYPE)
                .build());

        try (GetObjectResponse stored = minio.getObject(
                GetObjectArgs.builder().bucket(bucket).object(object).build())) {
            assertThat(stored.readAllBytes()).isEqualTo(content);
            assertThat(stored.headers().get("Content-Type")).isEqualTo(CONTENT_TYPE);
        }

        String url = minio.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.GET)
                .bucket(bucket)
                .object(object)
                .expiry(PRESIGN_SECONDS)
                .build());
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(HTTP_OK);
        assertThat(download.body()).isEqualTo(content);
    }
}
