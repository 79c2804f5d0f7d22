package cn.wangben.testinfra;

/** One running set of Kafka, MongoDB and S3 servers; both modes look alike to the tests. */
interface Servers {

    String kafkaBootstrapServers();

    String mongoUri(String database);

    String s3Endpoint();

    /** Stops whatever is running; safe to call more than once. */
    void stop();
}
