package cn.wangben.devstack.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline spike through the gateway: each request a random teacher posting a ~1,500-character essay. Closed loop
 * (a fixed pool, each thread sends its next essay when the last is answered) finds the sustained ceiling; open loop
 * (a fixed arrival rate, latency counted from the intended send time) shows latency at a rate the system is offered
 * whether or not it keeps up, without the coordinated omission a closed loop hides.
 */
final class BenchLoad {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int ESSAY_CHARACTERS = 1500;
    private static final int MAX_IN_FLIGHT = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SENTENCES = {
        "本学期我以新课标为指引，重新梳理了单元教学目标，把核心素养落实到每一节课的学习任务之中。",
        "在集体备课中，我和同组教师围绕大单元设计反复研讨，逐步形成了以问题链驱动课堂的教学思路。",
        "课堂上我更加关注学生的真实学习过程，通过小组合作和展示交流，让每个孩子都有表达的机会。",
        "作业设计方面，我尝试分层布置基础题、提高题和拓展题，既减轻了负担，又照顾到不同学生的需求。",
        "通过观摩名师课例，我认识到教师的提问要有梯度，留给学生思考的时间比急于给出答案更重要。",
        "信息技术与学科教学的融合让课堂更加生动，但技术只是手段，关键仍在于教学设计是否以学为中心。",
        "在师德师风建设中，我时刻提醒自己以身作则，用耐心和爱心对待每一位学生，尊重他们的个性差异。",
        "家校沟通是教育工作的重要一环，我通过定期家访和线上交流，及时了解学生在家中的学习和生活情况。",
        "反思近一年的教学实践，我在课堂评价方面仍有不足，今后要更多运用过程性评价来促进学生成长。",
        "我计划在未来三年内系统阅读教育理论著作，坚持撰写教学反思，争取成长为学科骨干教师。"
    };
    private static final List<String> WORDS = words();
    private static final int WORDS_PER_CLAUSE = 6;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One request: when it was (meant to be) sent and answered, its status (-1: no answer) and its receipt. */
    record Result(
            long sentNanos, long doneNanos, int status, int teacher, int module, String submissionId, String sha256) {
        long latencyMillis() {
            return (doneNanos - sentNanos) / 1_000_000;
        }
    }

    /**
     * The results of one run and its window (nanoTime): a closed loop is judged by what completed in the window, an
     * open loop by what was offered in it, however late the answer came.
     */
    record Run(List<Result> results, long from, long to, boolean open) {
        double seconds() {
            return (to - from) / 1e9;
        }

        /** The same results judged over the part of the window from {@code start} on. */
        Run slice(long start) {
            return new Run(results, Math.max(from, start), to, open);
        }

        List<Result> measured() {
            return results.stream()
                    .filter(r -> {
                        long at = open ? r.sentNanos() : r.doneNanos();
                        return at >= from && at < to;
                    })
                    .toList();
        }
    }

    private final BenchWorld world;
    private final BenchHttp http;
    /** Each teacher's next module: every accepted essay is a new pair until a teacher has done all modules. */
    private final AtomicInteger[] nextModule;

    BenchLoad(BenchWorld world) {
        this.world = world;
        this.http = new BenchHttp(URI.create(world.stack.gatewayUrl()), TIMEOUT);
        this.nextModule = new AtomicInteger[world.teachers.size()];
        for (int i = 0; i < nextModule.length; i++) {
            nextModule[i] = new AtomicInteger();
        }
    }

    /** Closed loop; {@code atWindow} runs once as the measured window opens and once as it closes. */
    Run closedLoop(int threads, Duration warmUp, Duration window, Runnable atWindow) throws Exception {
        long from = System.nanoTime() + warmUp.toNanos();
        long to = from + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Result>>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                List<Result> mine = new ArrayList<>();
                while (System.nanoTime() < to) {
                    Planned next = next();
                    long sent = System.nanoTime();
                    try {
                        mine.add(next.result(sent, http.send(next.request())));
                    } catch (java.io.IOException e) {
                        mine.add(next.failed(sent));
                    }
                }
                return mine;
            }));
        }
        sleepUntil(from);
        atWindow.run();
        sleepUntil(to);
        atWindow.run();
        List<Result> all = new ArrayList<>();
        for (Future<List<Result>> w : workers) {
            all.addAll(w.get());
        }
        pool.shutdown();
        return new Run(all, from, to, false);
    }

    /** Open loop at a fixed rate; a request that cannot start (too many in flight) counts as failed, not skipped. */
    Run openLoop(double perSecond, Duration window) throws Exception {
        return ramp(perSecond, perSecond, window);
    }

    /**
     * Open loop whose arrival rate climbs linearly from {@code startRate} to {@code endRate} over the window, as
     * teachers crowd in toward a cutoff; each request is due one period of the rate at its own moment after the last.
     */
    Run ramp(double startRate, double endRate, Duration window) throws Exception {
        long from = System.nanoTime();
        long to = from + window.toNanos();
        Queue<Result> results = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        // a blocked thread per request in flight: a few dozen when the platform keeps up, more while it stalls
        ExecutorService senders = Executors.newCachedThreadPool();
        for (long due = from;
                due < to;
                due += (long) (1e9 / rateAt(startRate, endRate, (due - from) / (double) (to - from)))) {
            sleepUntil(due);
            Planned next = next();
            long sent = due;
            if (!inFlight.tryAcquire()) {
                results.add(next.failed(sent));
                continue;
            }
            senders.execute(() -> {
                try {
                    results.add(next.result(sent, http.send(next.request())));
                } catch (java.io.IOException | RuntimeException e) {
                    results.add(next.failed(sent));
                } finally {
                    inFlight.release();
                }
            });
        }
        inFlight.tryAcquire(MAX_IN_FLIGHT, TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        senders.shutdown();
        return new Run(new ArrayList<>(results), from, to, true);
    }

    static double rateAt(double startRate, double endRate, double fraction) {
        return startRate + (endRate - startRate) * fraction;
    }

    /**
     * A ~1,500-character essay of the teacher's own words, as honest essays are: a serial number up front (every receipt
     * its own hash), one of the shared sentences (teachers do share phrasing), then two-character words of those
     * sentences in random order. Essays built from the shared sentences alone were all near-copies of one another, so
     * every essay was flagged against every earlier one of its module: the near-copy work grew with the module.
     */
    static String essay(int serial) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder("第").append(serial).append("号研修心得。");
        text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        while (text.length() < ESSAY_CHARACTERS) {
            int words = WORDS_PER_CLAUSE + random.nextInt(WORDS_PER_CLAUSE);
            for (int i = 0; i < words; i++) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            }
            text.append(random.nextInt(3) == 0 ? "。" : "，");
        }
        return text.substring(0, ESSAY_CHARACTERS);
    }

    /** The shared sentences cut into two-character words, punctuation left out. */
    private static List<String> words() {
        List<String> words = new ArrayList<>();
        for (String sentence : SENTENCES) {
            String letters = sentence.replaceAll("[，。、；：]", "");
            for (int i = 0; i + 2 <= letters.length(); i += 2) {
                words.add(letters.substring(i, i + 2));
            }
        }
        return List.copyOf(words);
    }

    /** A request and the (teacher, module) indexes it is for. */
    private record Planned(byte[] request, int teacher, int module) {
        Result failed(long sent) {
            return new Result(sent, System.nanoTime(), -1, teacher, module, null, null);
        }

        Result result(long sent, BenchHttp.Answer answer) {
            long done = System.nanoTime();
            if (answer.status() != 201) {
                return new Result(sent, done, answer.status(), teacher, module, null, null);
            }
            JsonNode receipt = JSON.readTree(answer.body());
            return new Result(
                    sent,
                    done,
                    201,
                    teacher,
                    module,
                    receipt.path("submissionId").asString(),
                    receipt.path("sha256").asString());
        }
    }

    private Planned next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int teacher = random.nextInt(nextModule.length);
        int module = nextModule[teacher].getAndIncrement();
        if (module >= world.modules.size()) {
            module = random.nextInt(world.modules.size()); // this teacher has done all modules: a resubmission
        }
        String body = "{\"text\":\"" + essay(SERIAL.incrementAndGet()) + "\"}";
        return new Planned(
                http.post(
                        "/api/assignments/modules/" + world.modules.get(module) + "/essays",
                        world.tokens[teacher],
                        body),
                teacher,
                module);
    }

    private static void sleepUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
