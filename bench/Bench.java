import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark: the PostgreSQL's own limits, then the service over real HTTP on the same
 * PostgreSQL in the same run, and the ratios between them. Run by bench/run, which builds the jar
 * and puts the PostgreSQL driver and Jackson (both taken from the jar) on the class path.
 *
 * Every load loop is bounded by a duration and runs against 127.0.0.1 only.
 */
public class Bench {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    // ------------------------------------------------------------------ settings

    record Settings(Path jar, Path work, String externalUrl, String externalUser, List<String> jvmOptions,
            int[] clientCounts, int loadSeconds, int warmupSeconds, int rawSeconds, long millionEvents,
            int plans, int queryRequests, int port, int pgPort) {

        static Settings from(Map<String, String> env) {
            String clients = env.getOrDefault("BENCH_CLIENTS", "1,8,32");
            String jvm = env.getOrDefault("BENCH_JVM_OPTS", "");
            return new Settings(Path.of(env.getOrDefault("BENCH_JAR", "app/target/decision-ledger.jar")),
                    Path.of(env.getOrDefault("BENCH_WORK", "bench/work")),
                    env.getOrDefault("BENCH_DATABASE_URL", ""),
                    env.getOrDefault("BENCH_DATABASE_USER", "postgres"),
                    jvm.isBlank() ? List.of() : Arrays.asList(jvm.trim().split("\\s+")),
                    Arrays.stream(clients.split(",")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(env.getOrDefault("BENCH_LOAD_SECONDS", "15")),
                    Integer.parseInt(env.getOrDefault("BENCH_WARMUP_SECONDS", "3")),
                    Integer.parseInt(env.getOrDefault("BENCH_RAW_SECONDS", "8")),
                    Long.parseLong(env.getOrDefault("BENCH_MILLION", "1000000")),
                    64,
                    Integer.parseInt(env.getOrDefault("BENCH_QUERY_REQUESTS", "1000")),
                    Integer.parseInt(env.getOrDefault("BENCH_PORT", "18181")),
                    Integer.parseInt(env.getOrDefault("BENCH_PG_PORT", "15481")));
        }

        boolean embedded() {
            return externalUrl.isBlank();
        }
    }

    // ------------------------------------------------------------------ results

    /** One line of the table: a figure, the baseline it is held against, and the target if any. */
    record Figure(String name, double value, String unit, String baselineName, Double baseline, String target,
            String verdict, String note) {
    }

    final Settings settings;
    final List<Figure> figures = new ArrayList<>();
    final ObjectNode details = JSON.createObjectNode();
    final List<String> log = new ArrayList<>();
    final Instant started = Instant.now();

    Bench(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(Settings.from(System.getenv()));
        try {
            bench.run();
        } finally {
            bench.report();
        }
    }

    void say(String format, Object... arguments) {
        String line = String.format("[%5.0fs] ", Duration.between(started, Instant.now()).toMillis() / 1000.0)
                + String.format(format, arguments);
        System.out.println(line);
        log.add(line);
    }

    // ------------------------------------------------------------------ the run

    void run() throws Exception {
        Files.createDirectories(settings.work());
        machine();
        Store a = Store.create(this, "a");
        Service service = Service.start(this, a, "a1");
        Db db = a.db();
        try {
            details.put("startupSeconds", service.startupSeconds);
            double idle = settleAndMeasureIdle(service);
            details.put("postgresVersion", db.text("SHOW server_version"));
            details.set("postgresSettings", db.settings());

            RawResults raw = rawBaselines(db, service);

            Load load = new Load(this, service);
            load.setup("bench-a", settings.plans());
            QueryTargets queries = prepareQueries(service, db, load);

            details.put("warmUpSeconds", load.warmUntilCompiled("before the measured loads", MAX_WARM_UP_SECONDS));
            Map<Integer, LoadResult> byClients = new LinkedHashMap<>();
            for (int clients : settings.clientCounts()) {
                byClients.put(clients, load.run(clients, settings.warmupSeconds(), settings.loadSeconds(),
                        "service load, " + clients + " clients"));
            }
            double afterLoadRss = service.rssMb();
            double catchUp = service.waitForProjections(Duration.ofMinutes(3));
            say("projections caught up %.1f s after the last load phase", catchUp);

            QueryResults query = measureQueries(service, db, queries);
            Map<String, Ceiling> ceilings = ceilings(service, queries);
            Check first = Check.run(this, db, service, 0, "after the load");

            double seqRead = rawSequentialRead(db);
            Rebuild rebuild = rebuild(service, db, "decision-register");
            Rebuild auditRebuild = rebuild(service, db, "audit-log");
            Check afterRebuild = Check.run(this, db, service, 0, "after the rebuilds");

            service = killAndRestart(service, a, load);
            Check afterCrash = Check.run(this, db, service, 0, "after kill -9 and restart");
            double idleAfter = service.rssMb();
            service.stop();

            MillionResult million = million(byClients);

            figures(raw, byClients, query, seqRead, rebuild, auditRebuild, idle, afterLoadRss, idleAfter,
                    million, first, afterRebuild, afterCrash, ceilings);
        } finally {
            service.stop();
            a.close();
        }
    }

    void machine() throws IOException {
        ObjectNode machine = details.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                machine.put("memoryGiB", Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0 * 10) / 10.0);
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                machine.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                break;
            }
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
        machine.put("postgres", settings.embedded() ? "embedded (zonky), started by the service" : "external");
        machine.put("serviceJvmOptions", String.join(" ", settings.jvmOptions()));
        say("machine: %s cores, %s GiB, %s; load average %s", machine.get("cores"), machine.get("memoryGiB"),
                machine.get("cpu").asText(), machine.get("loadAverageAtStart").asText());
    }

    double settleAndMeasureIdle(Service service) throws Exception {
        // A few reads so that the idle figure is a started service, not a half-initialised one.
        for (int i = 0; i < 20; i++) {
            service.get("/api/decisions?size=5", null);
            service.get("/api/admin/projections", Service.AUDITOR);
        }
        Thread.sleep(5000);
        double rss = service.rssMb();
        ObjectNode idle = details.putObject("idle");
        idle.put("serviceRssMb", rss);
        idle.put("postgresPssMb", service.postgresPssMb());
        say("idle: service RSS %.0f MB, PostgreSQL PSS %.0f MB", rss, service.postgresPssMb());
        return rss;
    }

    // ------------------------------------------------------------------ the PostgreSQL's own limits

    record Latencies(long count, double perSecond, double p50, double p95, double p99, double max) {

        static Latencies of(long[] micros, int n, double seconds) {
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            return new Latencies(n, n / seconds, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1000.0);
        }

        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
        }

        ObjectNode json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("count", count);
            node.put("perSecond", round(perSecond));
            node.put("p50Ms", round(p50));
            node.put("p95Ms", round(p95));
            node.put("p99Ms", round(p99));
            node.put("maxMs", round(max));
            return node;
        }
    }

    /** Collects latencies from many threads; one growing array per thread, merged at the end. */
    static final class Recorder {
        final long[][] perThread;
        final int[] counts;

        Recorder(int threads) {
            perThread = new long[threads][1024];
            counts = new int[threads];
        }

        void add(int thread, long micros) {
            if (counts[thread] == perThread[thread].length) {
                perThread[thread] = Arrays.copyOf(perThread[thread], counts[thread] * 2);
            }
            perThread[thread][counts[thread]++] = micros;
        }

        Latencies latencies(double seconds) {
            int n = Arrays.stream(counts).sum();
            long[] all = new long[n];
            int at = 0;
            for (int t = 0; t < perThread.length; t++) {
                System.arraycopy(perThread[t], 0, all, at, counts[t]);
                at += counts[t];
            }
            return Latencies.of(all, n, seconds);
        }
    }

    record RawResults(Map<Integer, Latencies> inserts) {
    }

    static final String RAW_PAYLOAD = """
            {"title": "Bench raw insert: a decision of ordinary length", "contact": null, "reference": "BR/%d",
             "decisionId": "%s", "department": "Children and Families", "leadMember": "Cabinet Member",
             "proposedOn": "2025-01-06", "authorityId": "bench-raw", "decisionDue": null, "keyDecision": true,
             "leadOfficer": null, "decisionMaker": "Cabinet", "wardsAffected": [], "proposedDecision": null,
             "keyDecisionReasons": []}""";
    static final String RAW_METADATA = """
            {"actor": "officer", "roles": "OFFICER", "command": "ProposeDecision", "actorName": "officer",
             "requestId": "%s", "causationId": "%s", "clientAddress": "127.0.0.1", "correlationId": "%s"}""";

    RawResults rawBaselines(Db db, Service service) throws Exception {
        db.execute("""
                CREATE TABLE IF NOT EXISTS bench_raw_event (
                    global_index BIGSERIAL NOT NULL PRIMARY KEY,
                    event_identifier VARCHAR(255) NOT NULL UNIQUE,
                    aggregate_identifier VARCHAR(255) NOT NULL,
                    sequence_number BIGINT NOT NULL,
                    type VARCHAR(255),
                    time_stamp VARCHAR(255) NOT NULL,
                    payload_type VARCHAR(255) NOT NULL,
                    payload_revision VARCHAR(255),
                    payload JSONB NOT NULL,
                    meta_data JSONB,
                    UNIQUE (aggregate_identifier, sequence_number))""");
        Map<Integer, Latencies> inserts = new LinkedHashMap<>();
        ObjectNode node = details.putObject("rawInsert");
        for (int clients : settings.clientCounts()) {
            Cpu[] cpu = new Cpu[1];
            Latencies latencies = rawInserts(db, clients, service, cpu);
            inserts.put(clients, latencies);
            ObjectNode figures = latencies.json();
            double postgresMs = latencies.count() == 0 ? 0 : cpu[0].postgres() * 1000 / latencies.count();
            double clientMs = latencies.count() == 0 ? 0 : cpu[0].loadGenerator() * 1000 / latencies.count();
            figures.putObject("cpuMsPerInsert").put("postgres", round(postgresMs)).put("client", round(clientMs));
            node.set(String.valueOf(clients), figures);
            say("raw single-row inserts, %d clients: %.0f tps, p50 %.2f ms, p99 %.2f ms; CPU per insert: "
                    + "PostgreSQL and the rest %.3f ms, JDBC client %.3f ms", clients, latencies.perSecond(), latencies.p50(),
                    latencies.p99(), postgresMs, clientMs);
        }
        return new RawResults(inserts);
    }

    /** Single-row inserts from {@code clients} threads; {@code cpu[0]} receives the CPU used over the measured window. */
    Latencies rawInserts(Db db, int clients, Service service, Cpu[] cpu) throws Exception {
        Recorder recorder = new Recorder(clients);
        long warmupEnd = System.nanoTime() + settings.warmupSeconds() * 1_000_000_000L;
        long end = warmupEnd + settings.rawSeconds() * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        for (int t = 0; t < clients; t++) {
            int thread = t;
            threads.add(startThread(() -> {
                try (Connection connection = db.connect();
                        PreparedStatement insert = connection.prepareStatement("""
                                INSERT INTO bench_raw_event (event_identifier, aggregate_identifier, sequence_number,
                                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                                VALUES (?, ?, ?, 'Decision', ?, 'org.decisionledger.kernel.decision.DecisionProposed',
                                    '1', ?::jsonb, ?::jsonb)""")) {
                    String aggregate = UUID.randomUUID().toString();
                    for (long i = 0; ; i++) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        if (i % 10 == 0) {
                            aggregate = UUID.randomUUID().toString();
                        }
                        String id = UUID.randomUUID().toString();
                        insert.setString(1, id);
                        insert.setString(2, aggregate);
                        insert.setLong(3, i % 10);
                        insert.setString(4, Instant.now().toString());
                        insert.setString(5, RAW_PAYLOAD.formatted(i, aggregate));
                        insert.setString(6, RAW_METADATA.formatted(id, id, id));
                        try {
                            insert.executeUpdate();
                        } catch (SQLException e) {
                            failures.incrementAndGet();
                        }
                        long done = System.nanoTime();
                        if (now >= warmupEnd) {
                            recorder.add(thread, (done - now) / 1000);
                        }
                    }
                } catch (SQLException e) {
                    failures.incrementAndGet();
                }
            }));
        }
        cpu[0] = Cpu.over(service, warmupEnd, end);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            say("raw inserts: %d failures", failures.get());
        }
        return recorder.latencies(settings.rawSeconds());
    }

    /** A plain streaming read of the whole event table, as a replay reads it: every column, in order. */
    double rawSequentialRead(Db db) throws SQLException {
        double best = 0;
        long rows = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Connection connection = db.connect()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.setFetchSize(1000);
                    long start = System.nanoTime();
                    rows = 0;
                    long checksum = 0;
                    try (ResultSet rs = statement.executeQuery("""
                            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                time_stamp, payload_type, payload_revision, payload, meta_data
                            FROM domain_event_entry ORDER BY global_index""")) {
                        while (rs.next()) {
                            checksum += rs.getLong(1) + rs.getString(2).length() + rs.getString(9).length()
                                    + (rs.getString(10) == null ? 0 : rs.getString(10).length());
                            rows++;
                        }
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    best = Math.max(best, rows / seconds);
                    if (checksum == 42) {
                        say("unlikely checksum");
                    }
                }
                connection.commit();
            }
        }
        ObjectNode node = details.putObject("rawSequentialRead");
        node.put("events", rows);
        node.put("eventsPerSecond", round(best));
        say("raw sequential read of %d events: %.0f events/s", rows, best);
        return best;
    }

    // ------------------------------------------------------------------ timeline and register queries

    record QueryTargets(String small, String large, int smallEvents, int largeEvents) {
    }

    record QueryResults(Map<String, Latencies> byName) {
    }

    /**
     * A decision with 10 events through the API (proposal, notice, eight re-publications), and one with
     * 10,000: the same three commands, then 9,997 copies of its re-publication inserted with SQL. The
     * Decision aggregate is not snapshotted, so 10,000 commands would each load the whole history.
     */
    QueryTargets prepareQueries(Service service, Db db, Load load) throws Exception {
        String small = load.proposeWithNotices(9);
        String large = load.proposeWithNotices(2);
        int copies = 10_000 - 3;
        long start = System.nanoTime();
        db.execute("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, e.aggregate_identifier, e.sequence_number + g, e.type, e.time_stamp,
                    e.payload_type, e.payload_revision, e.payload, e.meta_data
                FROM domain_event_entry e, generate_series(1, %d) g
                WHERE e.aggregate_identifier = '%s' AND e.sequence_number = 2""".formatted(copies, large));
        say("decision %s: %d events copied in with SQL in %.1f s", large, copies, (System.nanoTime() - start) / 1e9);
        double caughtUp = service.waitForProjections(Duration.ofMinutes(3));
        say("projections caught up with them in %.1f s", caughtUp);
        long count = db.number("SELECT count(*) FROM decision_timeline WHERE decision_id = '" + large + "'");
        if (count != 10_000) {
            say("WARNING: the large decision's timeline has %d rows, not 10000", count);
        }
        return new QueryTargets(small, large, 10, 10_000);
    }

    /**
     * Each query on the 10-event and the 10,000-event decision, one request of each in turn, so
     * that the machine's noise falls on both alike.
     */
    QueryResults measureQueries(Service service, Db db, QueryTargets targets) throws Exception {
        Map<String, Latencies> results = new LinkedHashMap<>();
        ObjectNode node = details.putObject("queries");
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("register", "");
        kinds.put("timeline page", "/timeline?page=0&size=20");
        kinds.put("timeline full", "/timeline");
        for (var kind : kinds.entrySet()) {
            String small = "/api/decisions/" + targets.small() + kind.getValue();
            String large = "/api/decisions/" + targets.large() + kind.getValue();
            int requests = kind.getKey().equals("timeline full") ? Math.max(50, settings.queryRequests() / 4)
                    : settings.queryRequests();
            for (int i = 0; i < requests / 4; i++) {
                service.get(small, null);
                service.get(large, null);
            }
            long[] smallMicros = new long[requests];
            long[] largeMicros = new long[requests];
            long smallTotal = 0;
            long largeTotal = 0;
            for (int i = 0; i < requests; i++) {
                smallMicros[i] = timed(service, small);
                largeMicros[i] = timed(service, large);
                smallTotal += smallMicros[i];
                largeTotal += largeMicros[i];
            }
            for (var measured : List.of(Map.entry(10, Map.entry(smallMicros, smallTotal)),
                    Map.entry(10_000, Map.entry(largeMicros, largeTotal)))) {
                String name = kind.getKey() + " " + measured.getKey();
                Latencies latencies = Latencies.of(measured.getValue().getKey(), requests,
                        measured.getValue().getValue() / 1e6);
                results.put(name, latencies);
                node.set(name, latencies.json());
                say("%s events: p50 %.2f ms, p99 %.2f ms", name, latencies.p50(), latencies.p99());
            }
        }
        for (var decision : Map.of(10, targets.small(), 10_000, targets.large()).entrySet()) {
            Latencies raw = rawTimeline(db, decision.getValue(), settings.queryRequests());
            results.put("raw timeline " + decision.getKey(), raw);
            node.set("raw timeline " + decision.getKey(), raw.json());
            say("raw timeline SELECT, %d events: p50 %.2f ms, p99 %.2f ms", decision.getKey(), raw.p50(), raw.p99());
        }
        return new QueryResults(results);
    }

    static long timed(Service service, String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = service.get(path, null);
        long micros = (System.nanoTime() - t0) / 1000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return micros;
    }

    /** The timeline's SELECT straight over JDBC: what the HTTP figure is held against. */
    Latencies rawTimeline(Db db, String decisionId, int requests) throws SQLException {
        try (Connection connection = db.connect();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT business_date, kind, summary, actor, recorded_at, sequence FROM decision_timeline
                        WHERE decision_id = ? ORDER BY business_date NULLS FIRST, sequence""")) {
            long[] micros = new long[requests];
            long start = System.nanoTime();
            for (int i = -requests / 4; i < requests; i++) {
                long t0 = System.nanoTime();
                select.setString(1, decisionId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(3);
                    }
                }
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t0) / 1000;
                } else {
                    start = System.nanoTime();
                }
            }
            return Latencies.of(micros, requests, (System.nanoTime() - start) / 1e9);
        }
    }

    // ------------------------------------------------------------------ rebuild

    record Rebuild(String name, long events, double seconds, double eventsPerSecond) {
    }

    Rebuild rebuild(Service service, Db db, String name) throws Exception {
        long head = db.number("SELECT COALESCE(max(global_index), 0) FROM domain_event_entry");
        long events = db.number("SELECT count(*) FROM domain_event_entry");
        long start = System.nanoTime();
        HttpResponse<String> answer = service.post("/api/admin/projections/" + name + "/rebuild", "{}", Service.ADMIN);
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("rebuild of " + name + " answered " + answer.statusCode() + ": " + answer.body());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(service.get("/api/admin/projections/" + name, Service.AUDITOR).body());
            if (!status.path("replaying").asBoolean(true) && status.path("position").asLong(-1) >= head) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Rebuild rebuild = new Rebuild(name, events, seconds, events / seconds);
        ObjectNode node = object(details, "rebuild").putObject(name);
        node.put("events", events);
        node.put("seconds", round(seconds));
        node.put("eventsPerSecond", round(rebuild.eventsPerSecond()));
        say("rebuild of %s: %d events in %.1f s, %.0f events/s", name, events, seconds, rebuild.eventsPerSecond());
        return rebuild;
    }

    // ------------------------------------------------------------------ kill -9 in the middle of a run

    Service killAndRestart(Service service, Store store, Load load) throws Exception {
        long before = store.db().number("SELECT count(*) FROM domain_event_entry");
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = startThread(() -> {
            try {
                Thread.sleep(5000);
                killed.set(true);
                service.kill9();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        LoadResult interrupted = load.run(8, 0, 10, "load killed with -9 after 5 s");
        killer.join();
        say("killed the service with -9 (%s); %d commands answered before, %d calls failed", killed.get() ? "done" : "not done",
                interrupted.latencies().count(), interrupted.errors());
        store.afterKill();
        Service restarted = Service.start(this, store, "a2");
        long stored = store.db().number("SELECT count(*) FROM domain_event_entry");
        ObjectNode node = details.putObject("killAndRestart");
        node.put("eventsBefore", before);
        node.put("eventsAtKill", stored);
        node.put("commandsAnsweredBeforeKill", interrupted.latencies().count());
        node.put("callsCutOff", interrupted.errors());
        node.put("restartSeconds", restarted.startupSeconds);
        load.retarget(restarted);
        LoadResult after = load.run(8, 0, 5, "load after the restart");
        node.put("commandsAfterRestart", after.latencies().count());
        node.put("errorsAfterRestart", after.errors());
        double caughtUp = restarted.waitForProjections(Duration.ofMinutes(3));
        node.put("catchUpSeconds", round(caughtUp));
        say("restarted in %.1f s; %d commands after it; projections caught up in %.1f s", restarted.startupSeconds,
                after.latencies().count(), caughtUp);
        return restarted;
    }

    // ------------------------------------------------------------------ one million events already stored

    record MillionResult(LoadResult empty, LoadResult full, long preloaded, double insertSeconds, Check check) {
    }

    /** The longest warm-up before a measured load; see {@link Load#warmUntilCompiled}. */
    static final int MAX_WARM_UP_SECONDS = 90;

    /**
     * A second store: first the 8-client load on it while nearly empty, then a million valid events
     * inserted with SQL and every processor's token moved to the head, so the processors do not
     * replay them (the rebuild figure measures replay), then the same load again.
     */

    MillionResult million(Map<Integer, LoadResult> byClients) throws Exception {
        Store b = Store.create(this, "b");
        Service service = Service.start(this, b, "b1");
        try {
            Load load = new Load(this, service);
            load.setup("bench-b", settings.plans());
            String template = load.proposeWithNotices(3);
            load.run(8, 0, 8, "warm-up");
            // The empty store is measured as the full one will be: right after a restart of the service and
            // of its PostgreSQL (cold caches), after the same warm-up.
            service.waitForProjections(Duration.ofMinutes(3));
            service.kill9();
            b.afterKillKeepingDatabase();
            b.stopDatabase();
            service = Service.start(this, b, "b2");
            load.retarget(service);
            load.warmUntilCompiled("after the restart", MAX_WARM_UP_SECONDS);
            LoadResult empty = load.run(8, settings.warmupSeconds(), settings.loadSeconds(), "8 clients, empty store");
            service.waitForProjections(Duration.ofMinutes(3));
            service.kill9();
            b.afterKillKeepingDatabase();
            Db db = b.db();
            long start = System.nanoTime();
            long preloaded = preload(db, settings.millionEvents(), template);
            double insertSeconds = (System.nanoTime() - start) / 1e9;
            long head = db.number("SELECT max(global_index) FROM domain_event_entry");
            db.execute("""
                    UPDATE token_entry SET token = convert_to('{"index":%d,"gaps":[]}', 'UTF8'),
                        token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL""".formatted(head));
            // What an operator does after a bulk load: statistics, hint bits and visibility map set by a
            // vacuum, the dirty pages written by a checkpoint, so that the load after it measures the
            // store's size and not the write-back of the million rows just inserted.
            db.execute("VACUUM (ANALYZE) domain_event_entry");
            db.execute("ANALYZE");
            db.execute("CHECKPOINT");
            say("stored %d synthetic events in %.0f s (then VACUUM ANALYZE and CHECKPOINT); every token moved to "
                    + "global index %d", preloaded, insertSeconds, head);
            b.stopDatabase();
            service = Service.start(this, b, "b3");
            load.retarget(service);
            load.warmUntilCompiled("after the restart", MAX_WARM_UP_SECONDS);
            LoadResult full = load.run(8, settings.warmupSeconds(), settings.loadSeconds(),
                    "8 clients, " + preloaded + " events stored");
            service.waitForProjections(Duration.ofMinutes(3));
            Check check = Check.run(this, db, service, head, "store of " + preloaded + " events, events after them");
            ObjectNode node = details.putObject("million");
            node.put("preloadedEvents", preloaded);
            node.put("insertSeconds", round(insertSeconds));
            node.put("tokensMovedTo", head);
            node.set("emptyStore", empty.json());
            node.set("fullStore", full.json());
            return new MillionResult(empty, full, preloaded, insertSeconds, check);
        } finally {
            service.stop();
            b.close();
        }
    }

    /**
     * Valid events of real types, in aggregates of ten: a proposal, a notice and re-publications, the
     * payloads and metadata of events this run recorded through the API, under new aggregate ids.
     */
    long preload(Db db, long events, String template) throws SQLException {
        long aggregates = events / 10;
        long chunk = 100_000;
        for (long from = 0; from < aggregates; from += chunk) {
            long to = Math.min(aggregates, from + chunk);
            db.execute("""
                    WITH template AS (
                        SELECT e.* FROM domain_event_entry e
                        WHERE e.aggregate_identifier = '%s' AND e.sequence_number <= 2)
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT gen_random_uuid()::text, 'preloaded-' || a, s, t.type, t.time_stamp, t.payload_type,
                        t.payload_revision,
                        jsonb_set(t.payload, '{decisionId}', to_jsonb('preloaded-' || a)), t.meta_data
                    FROM generate_series(%d, %d) a, generate_series(0, 9) s
                    JOIN template t ON t.sequence_number = LEAST(s, 2)
                    ORDER BY a, s""".formatted(template, from, to - 1));
        }
        return aggregates * 10;
    }

    // ------------------------------------------------------------------ what HTTP alone allows

    /** Requests a second that reads reached, and the service's CPU for each. */
    record Ceiling(Latencies latencies, double serviceCpuMs, double generatorCpuMs, double jitShare) {
    }

    /**
     * What the service answers at 8 clients when a request does far less than a command: its info
     * (no sign-in, no database; actuator's endpoint machinery), the health check (no sign-in, one
     * round trip to PostgreSQL) and a signed-in read of one decision (the token checked, one row
     * read and written out as JSON). A command goes through the same server, sign-in and JSON, and
     * then its checks, its append and the projections' work, so the signed-in read's rate bounds
     * what commands can reach in the same run. Each is warmed up for 3 s first.
     */
    Map<String, Ceiling> ceilings(Service service, QueryTargets targets) throws Exception {
        Map<String, Ceiling> ceilings = new LinkedHashMap<>();
        ceilings.put("GET /actuator/info", ceiling(service, "/actuator/info", null));
        ceilings.put("GET /actuator/health", ceiling(service, "/actuator/health", null));
        ceilings.put("signed-in GET /api/decisions/{id}", ceiling(service, "/api/decisions/" + targets.small(),
                Service.OFFICER));
        ObjectNode node = details.putObject("ceilings");
        ceilings.forEach((name, ceiling) -> {
            ObjectNode one = ceiling.latencies().json();
            one.put("serviceCpuMsPerRequest", round(ceiling.serviceCpuMs()));
            one.put("loadGeneratorCpuMsPerRequest", round(ceiling.generatorCpuMs()));
            one.put("jitCompilerShareOfServiceCpu", round(ceiling.jitShare()));
            node.set(name, one);
        });
        return ceilings;
    }

    Ceiling ceiling(Service service, String path, String auth) throws Exception {
        int clients = 8;
        int seconds = 5;
        Recorder recorder = new Recorder(clients);
        long measureFrom = System.nanoTime() + 3_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            startThread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = service.get(path, auth);
                        long t1 = System.nanoTime();
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (t0 >= measureFrom && t1 <= end) {
                            recorder.add(client, (t1 - t0) / 1000);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        Cpu cpu = Cpu.over(service, measureFrom, end);
        done.await();
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " requests to " + path + " failed");
        }
        Latencies latencies = recorder.latencies(seconds);
        double cpuMs = latencies.count() == 0 ? 0 : cpu.service() * 1000 / latencies.count();
        double generatorMs = latencies.count() == 0 ? 0 : cpu.loadGenerator() * 1000 / latencies.count();
        say("ceiling, %s at %d clients: %.0f requests/s, p50 %.2f ms, p99 %.2f ms; CPU a request: service %.2f ms, "
                + "load generator %.2f ms; JIT compiler %.0f%% of the service's CPU", path, clients,
                latencies.perSecond(), latencies.p50(), latencies.p99(), cpuMs, generatorMs, cpu.compilerShare() * 100);
        return new Ceiling(latencies, cpuMs, generatorMs, cpu.compilerShare());
    }

    // ------------------------------------------------------------------ the table

    void figures(RawResults raw, Map<Integer, LoadResult> byClients, QueryResults query, double seqRead,
            Rebuild rebuild, Rebuild auditRebuild, double idleRss, double afterLoadRss, double idleAfterRss,
            MillionResult million, Check first, Check afterRebuild, Check afterCrash, Map<String, Ceiling> ceilings) {
        for (int clients : settings.clientCounts()) {
            LoadResult result = byClients.get(clients);
            Latencies base = raw.inserts().get(clients);
            double ratio = result.latencies().perSecond() / base.perSecond();
            String verdict = clients == 8 ? (ratio >= 0.5 ? "PASS" : ratio >= 0.3 ? "FLOOR" : "MISS") : "";
            figures.add(new Figure("commands/s, " + clients + " clients", result.latencies().perSecond(), "/s",
                    "raw insert tps, " + clients + " clients", base.perSecond(), clients == 8 ? ">= 0.5 (floor 0.3)" : "",
                    verdict, result.errors() == 0 ? "" : result.errors() + " errors"));
        }
        for (int clients : settings.clientCounts()) {
            LoadResult result = byClients.get(clients);
            Latencies base = raw.inserts().get(clients);
            double ratio = result.latencies().p99() / base.p99();
            figures.add(new Figure("command p99, " + clients + " clients", result.latencies().p99(), "ms",
                    "raw insert p99, " + clients + " clients", base.p99(), clients == 8 ? "<= 2.5" : "",
                    clients == 8 ? (ratio <= 2.5 ? "PASS" : "MISS") : "",
                    "p50 " + fmt(result.latencies().p50()) + " ms vs " + fmt(base.p50()) + " ms"));
        }
        for (int clients : settings.clientCounts()) {
            LoadResult result = byClients.get(clients);
            figures.add(new Figure("service CPU per command, " + clients + " clients",
                    result.cpuMsPerCommand(result.cpu().service()), "ms", "", null, "", "",
                    "PostgreSQL and the rest " + fmt(result.cpuMsPerCommand(result.cpu().postgres())) + " ms, load generator "
                            + fmt(result.cpuMsPerCommand(result.cpu().loadGenerator())) + " ms"));
        }
        for (int clients : settings.clientCounts()) {
            LoadResult result = byClients.get(clients);
            figures.add(new Figure("projection lag, max, " + clients + " clients", result.maxLag(), "events",
                    "", null, "", "", "caught up " + fmt(result.drainSeconds()) + " s after the load"));
        }
        Latencies insert8 = raw.inserts().get(8);
        if (insert8 != null) {
            for (var ceiling : ceilings.entrySet()) {
                Ceiling measured = ceiling.getValue();
                figures.add(new Figure("ceiling: " + ceiling.getKey() + ", 8 clients", measured.latencies().perSecond(),
                        "/s", "raw insert tps, 8 clients", insert8.perSecond(), "", "",
                        "p99 " + fmt(measured.latencies().p99()) + " ms; CPU a request: service "
                                + fmt(measured.serviceCpuMs()) + " ms, load generator " + fmt(measured.generatorCpuMs())
                                + " ms; JIT " + Math.round(measured.jitShare() * 100) + "%"));
            }
        }
        figures.add(new Figure("rebuild decision-register", rebuild.eventsPerSecond(), "events/s",
                "raw sequential read", seqRead, ">= 0.3",
                rebuild.eventsPerSecond() / seqRead >= 0.3 ? "PASS" : "MISS", rebuild.events() + " events"));
        figures.add(new Figure("rebuild audit-log", auditRebuild.eventsPerSecond(), "events/s",
                "raw sequential read", seqRead, "", "", auditRebuild.events() + " events"));
        Latencies page10 = query.byName().get("timeline page 10");
        Latencies page10k = query.byName().get("timeline page 10000");
        Latencies full10 = query.byName().get("timeline full 10");
        Latencies full10k = query.byName().get("timeline full 10000");
        figures.add(new Figure("timeline p99, 10,000 events (first page of 20)", page10k.p99(), "ms",
                "timeline p99, 10 events", page10.p99(), "<= 1.2",
                page10k.p99() / page10.p99() <= 1.2 ? "PASS" : "MISS", ""));
        figures.add(new Figure("timeline p99, 10,000 events (whole timeline)", full10k.p99(), "ms",
                "timeline p99, 10 events", full10.p99(), "", "",
                "raw SELECT p99 " + fmt(query.byName().get("raw timeline 10000").p99()) + " ms"));
        figures.add(new Figure("timeline p99, 10 events (whole timeline)", full10.p99(), "ms",
                "raw timeline SELECT p99, 10 events", query.byName().get("raw timeline 10").p99(), "", "", ""));
        figures.add(new Figure("register p99, 10,000 events", query.byName().get("register 10000").p99(), "ms",
                "register p99, 10 events", query.byName().get("register 10").p99(), "<= 1.2",
                query.byName().get("register 10000").p99() / query.byName().get("register 10").p99() <= 1.2 ? "PASS" : "MISS",
                ""));
        double emptyRate = million.empty().latencies().perSecond();
        double fullRate = million.full().latencies().perSecond();
        figures.add(new Figure("commands/s, 8 clients, " + million.preloaded() + " events stored", fullRate, "/s",
                "commands/s, 8 clients, empty store", emptyRate, ">= 0.8", fullRate / emptyRate >= 0.8 ? "PASS" : "MISS",
                "p99 " + fmt(million.full().latencies().p99()) + " ms vs " + fmt(million.empty().latencies().p99()) + " ms"));
        for (Check check : List.of(first, afterRebuild, afterCrash, million.check())) {
            figures.add(new Figure("projected = stored (" + check.label + ")", check.mismatches, "mismatches",
                    "stored events", (double) check.stored, "= 0", check.mismatches == 0 ? "PASS" : "MISS",
                    check.summary()));
        }
        double loadRss = byClients.values().stream().mapToDouble(LoadResult::maxRss).max().orElse(0);
        figures.add(new Figure("service RSS, idle", idleRss, "MB", "", null, "<= 384 MB",
                idleRss <= 384 ? "PASS" : "MISS", "after the run, idle: " + fmt(idleAfterRss) + " MB"));
        figures.add(new Figure("service RSS, under load (max)", loadRss, "MB", "", null, "<= 768 MB",
                loadRss <= 768 ? "PASS" : "MISS", "PostgreSQL PSS under load "
                        + fmt(byClients.values().stream().mapToDouble(LoadResult::maxPostgresPss).max().orElse(0)) + " MB"));
    }

    void report() throws IOException {
        StringBuilder table = new StringBuilder();
        String header = String.format("%-52s %12s %-10s %-40s %12s %8s %-19s %-6s %s", "figure", "value", "unit",
                "baseline", "baseline", "ratio", "target", "result", "note");
        table.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (Figure figure : figures) {
            Double ratio = figure.baseline() == null || figure.baseline() == 0 ? null : figure.value() / figure.baseline();
            table.append(String.format("%-52s %12s %-10s %-40s %12s %8s %-19s %-6s %s", figure.name(), fmt(figure.value()),
                    figure.unit(), figure.baselineName(), figure.baseline() == null ? "" : fmt(figure.baseline()),
                    ratio == null ? "" : String.format("%.2f", ratio), figure.target(), figure.verdict(), figure.note()))
                    .append('\n');
        }
        System.out.println();
        System.out.print(table);
        ObjectNode root = JSON.createObjectNode();
        root.put("startedAt", started.toString());
        root.put("durationSeconds", Duration.between(started, Instant.now()).toSeconds());
        ArrayNode rows = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode row = rows.addObject();
            row.put("figure", figure.name());
            row.put("value", round(figure.value()));
            row.put("unit", figure.unit());
            row.put("baseline", figure.baselineName());
            if (figure.baseline() != null) {
                row.put("baselineValue", round(figure.baseline()));
                if (figure.baseline() != 0) {
                    row.put("ratio", Math.round(figure.value() / figure.baseline() * 1000) / 1000.0);
                }
            }
            row.put("target", figure.target());
            row.put("result", figure.verdict());
            row.put("note", figure.note());
        }
        root.set("details", details);
        ArrayNode lines = root.putArray("log");
        log.forEach(lines::add);
        Path results = Path.of(System.getenv().getOrDefault("BENCH_RESULTS", "bench/results"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("latest.json"), JSON.writeValueAsString(root));
        Files.writeString(results.resolve("latest.txt"), table);
        System.out.println("\nwritten: " + results.resolve("latest.json") + " (" + Duration.between(started, Instant.now()).toSeconds() + " s)");
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String fmt(double value) {
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format("%.0f", value);
        }
        return String.format("%.2f", value);
    }

    // ------------------------------------------------------------------ the service under load

    record LoadResult(int clients, Latencies latencies, long errors, Map<String, Integer> errorKinds, double maxLag,
            double drainSeconds, double maxRss, double maxPostgresPss, Map<String, Latencies> byCommand, Cpu cpu) {

        /** CPU milliseconds per answered command, of CPU seconds used over the measured window. */
        double cpuMsPerCommand(double cpuSeconds) {
            return latencies.count() == 0 ? 0 : cpuSeconds * 1000 / latencies.count();
        }

        ObjectNode json() {
            ObjectNode node = latencies.json();
            node.put("clients", clients);
            node.put("errors", errors);
            node.set("errorKinds", JSON.valueToTree(errorKinds));
            node.put("maxLagEvents", maxLag);
            node.put("drainSeconds", round(drainSeconds));
            node.put("maxServiceRssMb", maxRss);
            node.put("maxPostgresPssMb", round(maxPostgresPss));
            ObjectNode commands = node.putObject("byCommand");
            byCommand.forEach((name, latencies) -> commands.set(name, latencies.json()));
            ObjectNode perCommand = node.putObject("cpuMsPerCommand");
            perCommand.put("service", round(cpuMsPerCommand(cpu.service())));
            perCommand.put("postgres", round(cpuMsPerCommand(cpu.postgres())));
            perCommand.put("loadGenerator", round(cpuMsPerCommand(cpu.loadGenerator())));
            node.put("windowSeconds", round(cpu.seconds()));
            node.put("jitCompilerShareOfServiceCpu", round(cpu.compilerShare()));
            return node;
        }
    }

    /**
     * CPU seconds (user and system, from /proc) used over the measured window of a load phase by the
     * service's JVM, by this load generator, and by everything else on the machine: the machine's
     * busy time minus those two, which is PostgreSQL's (embedded, or external on this host) plus
     * whatever else the machine runs. Backends come and go during a window, so the machine's total
     * is the one count that loses none of them.
     */
    record Cpu(double service, double postgres, double loadGenerator, double seconds, double compiler) {

        static final double TICKS_PER_SECOND = 100;

        static Cpu over(Service service, long from, long to) throws InterruptedException {
            sleepUntil(from);
            long pid = service.process.pid();
            double[] before = {self(pid), self(ProcessHandle.current().pid()), machine(), compiler(pid)};
            long start = System.nanoTime();
            sleepUntil(to);
            double[] after = {self(pid), self(ProcessHandle.current().pid()), machine(), compiler(pid)};
            if (!service.process.isAlive()) {
                return new Cpu(0, 0, 0, (System.nanoTime() - start) / 1e9, 0); // killed in the window: nothing to count
            }
            double serviceSeconds = after[0] - before[0];
            double generatorSeconds = after[1] - before[1];
            return new Cpu(serviceSeconds, Math.max(0, after[2] - before[2] - serviceSeconds - generatorSeconds),
                    generatorSeconds, (System.nanoTime() - start) / 1e9, Math.max(0, after[3] - before[3]));
        }

        /** The share of the service's CPU its JIT compiler threads took over the window. */
        double compilerShare() {
            return service <= 0 ? 0 : compiler / service;
        }

        /** CPU seconds so far of the JVM's JIT compiler threads (C1 and C2), from /proc/pid/task. */
        static double compiler(long pid) {
            double seconds = 0;
            try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
                for (Path task : tasks) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                            seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                        }
                    } catch (IOException | RuntimeException gone) {
                        // a thread that ended while being read
                    }
                }
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
            return seconds;
        }

        /** The machine's busy CPU seconds so far: user, nice, system, irq and softirq of /proc/stat. */
        static double machine() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long ticks = 0;
                for (int i : new int[] {1, 2, 3, 6, 7}) {
                    ticks += Long.parseLong(fields[i]);
                }
                return ticks / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException unreadable) {
                return 0;
            }
        }

        static void sleepUntil(long nanoTime) throws InterruptedException {
            long left = nanoTime - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        }

        /** utime + stime of a process so far (fields 14 and 15 of proc(5)). */
        static double self(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                // fields[0] is the state, field 3 of proc(5)
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }
    }

    /**
     * The realistic mix, one script per client: propose a key decision, publish its notice, record a
     * status in the client's action plan, approve, publish the decision, raise a call-in, record another
     * status. Seven commands, six event types; every command is valid, so every one appends.
     */
    static final class Load {
        static final String[] STEPS = {"propose", "notice", "status", "approve", "publish", "call-in", "status"};
        static final int ACTIONS = 20;
        /**
         * Monthly review points a plan takes statuses for (two years) before its clients move on to
         * another plan, as a council replaces a plan after its term. A plan that took statuses for
         * ever would grow its tracker document without bound, and the load would measure that
         * growth rather than the store.
         */
        static final int REVIEW_POINTS = 24;

        final Bench bench;
        Service service;
        String authority;
        final List<String> plans = new ArrayList<>();
        final Map<String, AtomicInteger> statusCounters = new ConcurrentHashMap<>();
        /** Plans no client is reporting on: fresh ones from the set-up, and those a finished phase left part-full. */
        final java.util.Deque<String> sparePlans = new java.util.concurrent.ConcurrentLinkedDeque<>();
        final AtomicInteger plansCreatedUnderLoad = new AtomicInteger();

        Load(Bench bench, Service service) {
            this.bench = bench;
            this.service = service;
        }

        void retarget(Service restarted) {
            this.service = restarted;
        }

        void setup(String authorityId, int planCount) throws Exception {
            long start = System.nanoTime();
            authority = authorityId;
            expect(service.put("/api/authorities/" + authorityId, """
                    {"name": "Bench Borough Council", "callInWorkingDays": 5, "callInSignatoriesRequired": 2}""",
                    Service.ADMIN), 200, 201);
            int commands = 1;
            for (int p = 0; p < planCount; p++) {
                sparePlans.add(createPlan());
                commands += 2 + ACTIONS;
            }
            bench.say("set up authority %s and %d action plans: %d commands in %.1f s", authorityId, planCount, commands,
                    (System.nanoTime() - start) / 1e9);
        }

        /** A plan with one priority and {@link #ACTIONS} actions: 22 commands. */
        String createPlan() throws Exception {
            int p = plans.size();
            String plan = id(expect(service.post("/api/action-plans", """
                    {"authorityId": "%s", "title": "Written Statement of Action %d", "kind": "WRITTEN_STATEMENT_OF_ACTION"}"""
                    .formatted(authority, p), Service.OFFICER), 201));
            expect(service.post("/api/action-plans/" + plan + "/priorities", """
                    {"ref": "1", "title": "Identification of needs"}""", Service.OFFICER), 200, 201);
            for (int a = 1; a <= ACTIONS; a++) {
                expect(service.post("/api/action-plans/" + plan + "/actions", """
                        {"ref": "1.%d", "priorityRef": "1", "description": "Action %d of the plan", "leads": ["Head of SEND"]}"""
                        .formatted(a, a), Service.OFFICER), 200, 201);
            }
            synchronized (plans) {
                plans.add(plan);
            }
            statusCounters.put(plan, new AtomicInteger());
            return plan;
        }

        /**
         * The plan a client reports on next: a spare one, or (when the set-up's are all used) a new one,
         * made there and then and counted in {@code plansCreatedUnderLoad}.
         */
        String takePlan() throws Exception {
            String plan = sparePlans.pollFirst();
            if (plan != null) {
                return plan;
            }
            plansCreatedUnderLoad.incrementAndGet();
            return createPlan();
        }

        /** A key decision with a notice and {@code notices - 1} re-publications; answers its id. */
        String proposeWithNotices(int notices) throws Exception {
            String decision = id(expect(service.post("/api/decisions", """
                    {"authorityId": "%s", "title": "Home to school transport policy", "decisionMaker": "Cabinet", "keyDecision": true, "proposedOn": "2025-01-02"}"""
                    .formatted(authority), Service.OFFICER), 201));
            for (int n = 0; n < notices; n++) {
                expect(service.post("/api/decisions/" + decision + "/notice", """
                        {"firstPublished": "%s"}""".formatted(LocalDate.of(2025, 1, 6).plusDays(n)), Service.OFFICER), 200);
            }
            return decision;
        }

        LoadResult run(int clients, int warmupSeconds, int seconds, String label) throws Exception {
            bench.say("%s: %d s (+%d s warm-up)", label, seconds, warmupSeconds);
            Recorder recorder = new Recorder(clients);
            Map<String, Recorder> byCommand = new LinkedHashMap<>();
            for (String step : new String[] {"propose", "notice", "status", "approve", "publish", "call-in"}) {
                byCommand.put(step, new Recorder(clients));
            }
            long measureFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            AtomicLong errors = new AtomicLong();
            Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            Sampler sampler = new Sampler(service, stop);
            Thread samplerThread = startThread(sampler);
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                startThread(() -> {
                    String plan = null;
                    try {
                        plan = takePlan();
                        String decision = null;
                        String wrong = null;
                        for (int step = 0; System.nanoTime() < end && !service.dead; step = (step + 1) % STEPS.length) {
                            if (wrong != null && step != 0) {
                                continue;
                            }
                            wrong = null;
                            long t0 = System.nanoTime();
                            HttpResponse<String> response;
                            try {
                                response = switch (STEPS[step]) {
                                    case "propose" -> service.post("/api/decisions", """
                                            {"authorityId": "%s", "title": "Bench decision by client %d", "decisionMaker": "Cabinet", "keyDecision": true, "proposedOn": "2025-01-02"}"""
                                            .formatted(authority, client), Service.OFFICER);
                                    case "notice" -> service.post("/api/decisions/" + decision + "/notice",
                                            "{\"firstPublished\": \"2025-01-06\"}", Service.OFFICER);
                                    case "approve" -> service.post("/api/decisions/" + decision + "/approval", """
                                            {"decidedOn": "2025-02-10", "resolutions": [{"label": "1", "text": "To approve the recommendations"}]}""",
                                            Service.OFFICER);
                                    case "publish" -> service.post("/api/decisions/" + decision + "/publication",
                                            "{\"publishedOn\": \"2025-02-11\", \"subjectToCallIn\": true}", Service.OFFICER);
                                    case "call-in" -> service.post("/api/decisions/" + decision + "/call-ins", """
                                            {"raisedOn": "2025-02-12", "signatories": ["Cllr A Smith", "Cllr B Jones"], "grounds": "Consultation was inadequate"}""",
                                            Service.SCRUTINY);
                                    default -> {
                                        if (statusCounters.get(plan).get() >= ACTIONS * REVIEW_POINTS) {
                                            plan = takePlan();
                                        }
                                        yield status(plan);
                                    }
                                };
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                errorKinds.merge(STEPS[step] + " " + e.getClass().getSimpleName(), 1, Integer::sum);
                                wrong = "io";
                                if (service.dead) {
                                    break;
                                }
                                continue;
                            }
                            long t1 = System.nanoTime();
                            int code = response.statusCode();
                            if (code / 100 != 2) {
                                errors.incrementAndGet();
                                errorKinds.merge(STEPS[step] + " " + code + " " + code(response.body()), 1, Integer::sum);
                                wrong = "status";
                                continue;
                            }
                            if (STEPS[step].equals("propose")) {
                                decision = id(response);
                            }
                            if (t0 >= measureFrom && t1 <= end) {
                                recorder.add(client, (t1 - t0) / 1000);
                                byCommand.get(STEPS[step]).add(client, (t1 - t0) / 1000);
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorKinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } finally {
                        if (plan != null && statusCounters.get(plan).get() < ACTIONS * REVIEW_POINTS) {
                            sparePlans.addFirst(plan);
                        }
                        done.countDown();
                    }
                });
            }
            Cpu cpu = Cpu.over(service, measureFrom, end);
            done.await();
            stop.set(true);
            samplerThread.join();
            double drain = 0;
            if (!service.dead) {
                drain = service.waitForProjections(Duration.ofMinutes(3));
            }
            Map<String, Latencies> commands = new LinkedHashMap<>();
            byCommand.forEach((name, r) -> commands.put(name, r.latencies(seconds)));
            LoadResult result = new LoadResult(clients, recorder.latencies(seconds), errors.get(), errorKinds,
                    sampler.maxLag, drain, sampler.maxRss, sampler.maxPss, commands, cpu);
            bench.say("  %.1f commands/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors %s; max lag %.0f events, "
                    + "caught up %.1f s after; RSS max %.0f MB; CPU per command: service %.1f ms, PostgreSQL and the rest %.1f ms, "
                    + "load generator %.1f ms; JIT compiler %.0f%% of the service's CPU", result.latencies().perSecond(), result.latencies().p50(),
                    result.latencies().p95(), result.latencies().p99(), result.errors(), errorKinds.isEmpty() ? "" : errorKinds,
                    result.maxLag(), drain, result.maxRss(), result.cpuMsPerCommand(cpu.service()),
                    result.cpuMsPerCommand(cpu.postgres()), result.cpuMsPerCommand(cpu.loadGenerator()),
                    cpu.compilerShare() * 100);
            int created = plansCreatedUnderLoad.getAndSet(0);
            if (created > 0) {
                bench.say("  %d action plans were created during this phase (every set-up plan was full)", created);
            }
            if (!label.startsWith("load killed") && !label.startsWith("warm-up") && !label.startsWith("load after")) {
                object(bench.details, "load").set(label, result.json());
            }
            return result;
        }

        /**
         * Runs the 8-client load in 5-second rounds until the JIT compiler threads take under 5% of the
         * service's CPU in a round (at most {@code maxSeconds}): a long-running service is measured,
         * not one still compiling its hot paths on the cores the load needs. Answers the seconds run.
         */
        int warmUntilCompiled(String label, int maxSeconds) throws Exception {
            int seconds = 0;
            while (seconds < maxSeconds) {
                LoadResult round = run(8, 0, 5, "warm-up " + label);
                seconds += 5;
                if (service.dead || round.cpu().compilerShare() < 0.05) {
                    break;
                }
            }
            bench.say("  warmed up for %d s %s", seconds, label);
            return seconds;
        }

        HttpResponse<String> status(String plan) throws IOException, InterruptedException {
            int n = statusCounters.get(plan).getAndIncrement();
            int action = n % ACTIONS + 1;
            LocalDate month = LocalDate.of(2019, 1, 1).plusMonths(n / ACTIONS);
            String status = switch (n % 3) {
                case 0 -> "Complete";
                case 1 -> "In progress";
                default -> "Amber";
            };
            return service.post("/api/action-plans/" + plan + "/actions/1." + action + "/status", """
                    {"reviewPoint": "%s", "status": "%s", "narrative": "Reported at the review meeting"}"""
                    .formatted(month.toString().substring(0, 7), status), Service.OFFICER);
        }

        static HttpResponse<String> expect(HttpResponse<String> response, int... codes) {
            for (int code : codes) {
                if (response.statusCode() == code) {
                    return response;
                }
            }
            throw new IllegalStateException("expected " + Arrays.toString(codes) + " from " + response.request().uri()
                    + " but got " + response.statusCode() + ": " + response.body());
        }

        static String id(HttpResponse<String> response) {
            try {
                return JSON.readTree(response.body()).get("id").asText();
            } catch (IOException e) {
                throw new IllegalStateException(response.body(), e);
            }
        }

        static String code(String body) {
            try {
                return JSON.readTree(body).path("code").asText("");
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** Once a second during a load: the service's RSS, PostgreSQL's memory and the largest projection lag. */
    static final class Sampler implements Runnable {
        final Service service;
        final AtomicBoolean stop;
        volatile double maxLag;
        volatile double maxRss;
        volatile double maxPss;

        Sampler(Service service, AtomicBoolean stop) {
            this.service = service;
            this.stop = stop;
        }

        @Override
        public void run() {
            while (!stop.get() && !service.dead) {
                try {
                    maxRss = Math.max(maxRss, service.rssMb());
                    maxPss = Math.max(maxPss, service.postgresPssMb());
                    JsonNode all = JSON.readTree(service.get("/api/admin/projections", Service.AUDITOR).body());
                    for (JsonNode processor : all) {
                        maxLag = Math.max(maxLag, processor.path("lag").asDouble(0));
                    }
                    Thread.sleep(1000);
                } catch (Exception e) {
                    if (service.dead) {
                        return;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ correctness

    /**
     * Every stored event reached every projection exactly once: counts, and for every aggregate its
     * view's version against its last sequence and its timeline rows against its events. {@code from}
     * leaves out events stored before that global index (the preloaded million, which the tokens skip).
     */
    static final class Check {
        final String label;
        long stored;
        long mismatches;
        final Map<String, Long> found = new LinkedHashMap<>();

        Check(String label) {
            this.label = label;
        }

        String summary() {
            List<String> bad = new ArrayList<>();
            found.forEach((name, count) -> {
                if (count != 0) {
                    bad.add(name + " " + count);
                }
            });
            return bad.isEmpty() ? found.size() + " checks over " + stored + " events" : String.join("; ", bad);
        }

        static Check run(Bench bench, Db db, Service service, long from, String label) throws Exception {
            service.waitForProjections(Duration.ofMinutes(3));
            Check check = new Check(label);
            String events = "(SELECT * FROM domain_event_entry WHERE global_index > " + from + ")";
            check.stored = db.number("SELECT count(*) FROM " + events + " e");
            long head = db.number("SELECT COALESCE(max(global_index), 0) FROM domain_event_entry");
            // every processor's token at the head
            JsonNode all = JSON.readTree(service.get("/api/admin/projections", Service.AUDITOR).body());
            long behind = 0;
            for (JsonNode processor : all) {
                if (processor.path("position").asLong(-1) < head || processor.path("error").asBoolean()) {
                    behind++;
                }
            }
            check.found.put("processors behind the head", behind);
            check.found.put("audit-log: events missing",
                    db.number("SELECT count(*) FROM " + events + " e LEFT JOIN audit_log a USING (global_index) WHERE a.global_index IS NULL"));
            check.found.put("audit-log: rows without an event",
                    db.number("SELECT count(*) FROM audit_log a LEFT JOIN domain_event_entry e USING (global_index) WHERE e.global_index IS NULL"));
            check.found.put("audit-log: rows != events",
                    Math.abs(db.number("SELECT count(*) FROM audit_log WHERE global_index > " + from) - check.stored));
            check.found.put("audit-log: wrong sequence",
                    db.number("SELECT count(*) FROM " + events + " e JOIN audit_log a USING (global_index) "
                            + "WHERE a.sequence_number IS DISTINCT FROM e.sequence_number OR a.event_identifier <> e.event_identifier"));
            check.found.put("ledger: events missing",
                    db.number("SELECT count(*) FROM " + events + " e LEFT JOIN ledger_entry l USING (event_identifier) WHERE l.event_identifier IS NULL"));
            check.found.put("ledger: rows != events",
                    Math.abs(db.number("SELECT count(*) FROM ledger_entry l WHERE l.global_index > " + from) - check.stored));
            check.found.put("ledger: positions not 1..n",
                    db.number("SELECT count(*) - COALESCE(max(ledger_position), 0) FROM ledger_entry")
                            + db.number("SELECT COALESCE(min(ledger_position), 1) - 1 FROM ledger_entry"));
            JsonNode verify = JSON.readTree(service.get("/api/audit/verify", Service.AUDITOR).body());
            // The preloaded million were written behind every processor's back, the ledger's included, so
            // verification names the first of them as never chained; the chain itself must still verify
            // and nothing after them may be unchained (counted above as "ledger: events missing").
            boolean onlyThePreloadedUnchained = from > 0
                    && "EVENT_NOT_CHAINED".equals(verify.path("problem").asText())
                    && verify.path("firstInvalidGlobalIndex").asLong(Long.MAX_VALUE) <= from;
            check.found.put("ledger: chain invalid",
                    verify.path("valid").asBoolean(false) || onlyThePreloadedUnchained ? 0L : 1L);
            check.found.put("decision-register: version != last sequence", db.number("""
                    SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last, count(*) AS n
                        FROM %s e WHERE type = 'Decision' GROUP BY aggregate_identifier) s
                    LEFT JOIN decision_view v ON v.decision_id = s.aggregate_identifier
                    WHERE v.version IS DISTINCT FROM s.last""".formatted(events)));
            check.found.put("decision-register: timeline rows != events", db.number("""
                    SELECT count(*) FROM (SELECT aggregate_identifier, count(*) AS n FROM %s e WHERE type = 'Decision'
                        GROUP BY aggregate_identifier) s
                    LEFT JOIN (SELECT decision_id, count(*) AS n FROM decision_timeline GROUP BY decision_id) t
                        ON t.decision_id = s.aggregate_identifier
                    WHERE t.n IS DISTINCT FROM s.n""".formatted(events)));
            check.found.put("decision-register: timeline sequence without its event", db.number("""
                    SELECT count(*) FROM decision_timeline t
                    LEFT JOIN domain_event_entry e ON e.aggregate_identifier = t.decision_id AND e.sequence_number = t.sequence
                    WHERE e.global_index IS NULL"""));
            check.found.put("action-plan-tracker: version != last sequence", db.number("""
                    SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last FROM %s e
                        WHERE type = 'ActionPlan' GROUP BY aggregate_identifier) s
                    LEFT JOIN action_plan_view v ON v.plan_id = s.aggregate_identifier
                    WHERE v.version IS DISTINCT FROM s.last""".formatted(events)));
            check.found.put("authority-register: version != last sequence", db.number("""
                    SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last FROM %s e
                        WHERE type = 'Authority' GROUP BY aggregate_identifier) s
                    LEFT JOIN authority_view v ON v.authority_id = s.aggregate_identifier
                    WHERE v.version IS DISTINCT FROM s.last""".formatted(events)));
            check.mismatches = check.found.values().stream().mapToLong(Long::longValue).sum();
            ObjectNode node = object(bench.details, "checks").putObject(label);
            node.put("storedEvents", check.stored);
            node.put("fromGlobalIndex", from);
            node.set("found", JSON.valueToTree(check.found));
            bench.say("check %s: %d events, %s", label, check.stored,
                    check.mismatches == 0 ? "every projection has each exactly once" : check.summary());
            return check;
        }
    }

    // ------------------------------------------------------------------ the store and the service process

    /** A fresh event store: an embedded data directory, or a new database on the external server. */
    static final class Store {
        final Bench bench;
        final String name;
        final Path dataDirectory;
        final String database;
        Db db;

        private Store(Bench bench, String name, Path dataDirectory, String database) {
            this.bench = bench;
            this.name = name;
            this.dataDirectory = dataDirectory;
            this.database = database;
        }

        static Store create(Bench bench, String name) throws Exception {
            Settings settings = bench.settings;
            if (settings.embedded()) {
                Path directory = settings.work().resolve("store-" + name).toAbsolutePath();
                deleteTree(directory);
                deleteTree(directory.resolveSibling(directory.getFileName() + "-runtime"));
                return new Store(bench, name, directory, null);
            }
            String database = "bench_" + name + "_" + System.currentTimeMillis();
            try (Connection connection = DriverManager.getConnection(settings.externalUrl(), settings.externalUser(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            bench.say("created database %s on %s", database, settings.externalUrl());
            return new Store(bench, name, null, database);
        }

        List<String> serviceArguments() {
            Settings settings = bench.settings;
            if (settings.embedded()) {
                return List.of("--decision-ledger.embedded-postgres.data-directory=" + dataDirectory,
                        "--decision-ledger.embedded-postgres.port=" + settings.pgPort());
            }
            return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + settings.externalUser());
        }

        String url() {
            Settings settings = bench.settings;
            if (settings.embedded()) {
                return "jdbc:postgresql://127.0.0.1:" + settings.pgPort() + "/postgres";
            }
            String base = settings.externalUrl();
            int slash = base.lastIndexOf('/');
            return base.substring(0, slash + 1) + database;
        }

        Db db() {
            if (db == null) {
                db = new Db(url(), bench.settings.embedded() ? "postgres" : bench.settings.externalUser());
            }
            return db;
        }

        /** After kill -9: the embedded PostgreSQL outlives the JVM and must be stopped before a restart. */
        void afterKill() throws Exception {
            stopDatabase();
        }

        /** After kill -9, keep the embedded PostgreSQL running for a moment of plain SQL. */
        void afterKillKeepingDatabase() {
        }

        void stopDatabase() throws Exception {
            if (!bench.settings.embedded()) {
                return;
            }
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            bench.say("stopped the embedded PostgreSQL (pid %d) that outlived the service", pid);
        }

        void close() throws Exception {
            if (db != null) {
                db = null;
            }
            if (bench.settings.embedded()) {
                stopDatabase();
            }
        }

        static void deleteTree(Path path) throws IOException {
            if (!Files.exists(path)) {
                return;
            }
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static final class Db {
        final String url;
        final String user;

        Db(String url, String user) {
            this.url = url;
            this.user = user;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        long number(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        String text(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }

        ObjectNode settings() throws SQLException {
            ObjectNode node = JSON.createObjectNode();
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("""
                            SELECT name, setting || COALESCE(unit, '') FROM pg_settings WHERE name IN ('fsync',
                            'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections',
                            'wal_level', 'max_wal_size', 'work_mem')""")) {
                while (rs.next()) {
                    node.put(rs.getString(1), rs.getString(2));
                }
            }
            return node;
        }
    }

    static final class Service {
        /**
         * The service runs as in production: no demo users, JWTs checked against a public key. The
         * benchmark is its own identity provider: it makes an RSA key pair for the run, gives the
         * service the public half and signs a token for each role with the private half.
         */
        static final KeyPair SIGNING_KEYS = signingKeys();
        static final String OFFICER = bearer("officer", "OFFICER");
        static final String SCRUTINY = bearer("scrutiny", "SCRUTINY");
        static final String AUDITOR = bearer("auditor", "AUDITOR");
        static final String ADMIN = bearer("admin", "ADMIN");

        final Bench bench;
        final Process process;
        final String base;
        final Store store;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        double startupSeconds;
        volatile boolean dead;

        private Service(Bench bench, Process process, Store store) {
            this.bench = bench;
            this.process = process;
            this.store = store;
            this.base = "http://127.0.0.1:" + bench.settings.port();
        }

        static KeyPair signingKeys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static String bearer(String subject, String role) {
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            long now = Instant.now().getEpochSecond();
            String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String claims = url.encodeToString("{\"sub\":\"%s\",\"name\":\"Bench %s\",\"roles\":[\"%s\"],\"iat\":%d,\"exp\":%d}"
                    .formatted(subject, subject, role, now, now + 86_400).getBytes(StandardCharsets.UTF_8));
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(SIGNING_KEYS.getPrivate());
                signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
                return "Bearer " + header + "." + claims + "." + url.encodeToString(signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The public key in PEM, for spring.security.oauth2.resourceserver.jwt.public-key-location. */
        static Path publicKeyFile(Path work) throws IOException {
            Path file = work.resolve("jwt-public.pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(SIGNING_KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        }

        static Service start(Bench bench, Store store, String name) throws Exception {
            Settings settings = bench.settings;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(settings.jvmOptions());
            command.add("-jar");
            command.add(settings.jar().toAbsolutePath().toString());
            command.add("--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                    + publicKeyFile(settings.work()).toAbsolutePath());
            command.add("--server.port=" + settings.port());
            command.add("--server.address=127.0.0.1");
            command.addAll(store.serviceArguments());
            Path logFile = settings.work().resolve("service-" + name + ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            Service service = new Service(bench, process, store);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited during start-up; see " + logFile);
                }
                try {
                    if (service.get("/actuator/health", null).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the service did not start within 3 minutes; see " + logFile);
                }
                Thread.sleep(250);
            }
            service.startupSeconds = round((System.nanoTime() - start) / 1e9);
            bench.say("service %s up in %.1f s (pid %d, log %s)", name, service.startupSeconds, process.pid(), logFile);
            return service;
        }

        HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
            if (auth != null) {
                request.header("Authorization", auth);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String body, String auth) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> put(String path, String body, String auth) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Seconds until every processor is at the head of the event store (and none is replaying). */
        double waitForProjections(Duration timeout) throws Exception {
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode all = JSON.readTree(get("/api/admin/projections", AUDITOR).body());
                boolean caughtUp = all.size() > 0;
                for (JsonNode processor : all) {
                    if (processor.path("lag").isNull() || processor.path("lag").asLong(1) > 0
                            || processor.path("replaying").asBoolean() || processor.path("error").asBoolean()) {
                        caughtUp = false;
                    }
                }
                if (caughtUp) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("projections did not catch up within " + timeout);
        }

        double rssMb() {
            return status(process.pid(), "VmRSS:") / 1024.0;
        }

        /** Proportional set size of the PostgreSQL server processes (shared buffers counted once). */
        double postgresPssMb() {
            if (store.dataDirectory == null) {
                return 0;
            }
            try {
                Path pidFile = store.dataDirectory.resolve("postmaster.pid");
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                long kb = pss(postmaster);
                for (ProcessHandle child : ProcessHandle.of(postmaster).map(p -> p.children().toList()).orElse(List.of())) {
                    kb += pss(child.pid());
                }
                return kb / 1024.0;
            } catch (Exception e) {
                return 0;
            }
        }

        static long pss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }

        static long status(long pid, String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(key)) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }

        void kill9() throws Exception {
            dead = true;
            new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.waitFor();
            bench.say("service pid %d killed with -9", process.pid());
        }

        void stop() throws Exception {
            if (!process.isAlive()) {
                return;
            }
            dead = true;
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static Thread startThread(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static ObjectNode object(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode node ? node : parent.putObject(name);
    }
}
