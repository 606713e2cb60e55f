import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The whole-shop load benchmark's driver (started by bin/bench). It plays shoppers over plain HTTP through the demo
 * shop's real pages and the simulator's landing page, reads the simulator's journal for the calls per order, the
 * shop process's CPU time from /proc, its heap with jcmd, and prints the table of figures beside their goals.
 *
 * <p>No dependencies beyond the JDK, so it runs as a single source file: pages are read with a few regular
 * expressions, which is enough for the handful of fields a shopper's browser would submit.
 */
public final class Bench {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern PRODUCT_ID = Pattern.compile("name=\"productId\"\\s+value=\"([^\"]+)\"");
    static final Pattern EXPECTED_TOTAL = Pattern.compile("name=\"expectedTotal\"\\s+value=\"([^\"]+)\"");
    static final Pattern STATE = Pattern.compile("data-vipps-state=\"([A-Z]+)\"");
    static final Pattern LANDING_TOKEN = Pattern.compile("[?&]token=([^&]+)");
    static final Pattern OPERATION = Pattern.compile("\"operation\"\\s*:\\s*\"([^\"]+)\"");

    final String shop;
    final String sim;
    final long shopPid;
    final long simPid;
    final boolean quick;
    final String product;
    final String database;
    final String encryptionKey;
    final HttpClient http;
    final List<Row> rows = new ArrayList<>();
    /** The same figures as plain numbers, for the summary of repeated runs (results.tsv beside the table). */
    final List<Figure> figures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final StringBuilder phases = new StringBuilder("# phase\tstart\tend\n");
    /** Every request a shopper sent to the shop, for the requests per order. */
    final AtomicLong shopRequests = new AtomicLong();

    Bench(Map<String, String> args) {
        shop = args.get("shop");
        sim = args.get("sim");
        shopPid = Long.parseLong(args.get("shop-pid"));
        simPid = Long.parseLong(args.getOrDefault("sim-pid", "-1"));
        quick = Boolean.parseBoolean(args.getOrDefault("quick", "false"));
        product = args.getOrDefault("product", "northern-lights-cookbook");
        database = args.get("database");
        encryptionKey = args.get("encryption-key");
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8, daemon("http"))).build();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        List<Path> positional = new ArrayList<>();
        for (String a : argv) {
            if (!a.startsWith("--")) {
                positional.add(Path.of(a));
                continue;
            }
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            args.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        if (args.containsKey("summary")) {
            // bin/bench --runs=N: the runs' results.tsv side by side, and whether they agree.
            String summary = RunSummary.of(positional).markdown();
            System.out.println(summary);
            Path out = Path.of(args.getOrDefault("out", "target/bench/summary.md"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, summary);
            return;
        }
        if (args.containsKey("reference-only")) {
            // bin/bench asks first, before the shop and the simulator start, so that nothing else runs meanwhile.
            System.out.println(machineReference());
            return;
        }
        Bench bench = new Bench(args);
        String only = args.getOrDefault("only", "all");
        bench.run(only, Integer.parseInt(args.getOrDefault("seconds", bench.quick ? "6" : "20")),
                Path.of(args.getOrDefault("out", "target/bench/results.md")), args.getOrDefault("load", "?"), args);
    }

    void run(String only, int seconds, Path out, String load, Map<String, String> args) throws Exception {
        String reference = args.containsKey("reference") ? args.get("reference") : machineReference();
        Matcher score = Pattern.compile("^(\\d+)").matcher(reference);
        if (score.find()) {
            figure("machine_reference.before_run", Double.parseDouble(score.group(1)), "rounds/s",
                    "Machine reference before the run (one thread)");
        }
        // The reference loop compiled in this JVM too, before the first phase's probe reads the machine's speed with it.
        new MachineSpeed(1).warmUp();
        long started = System.nanoTime();
        boolean all = only.equals("all");
        if (all || only.contains("token")) {
            coldTokens();
        }
        registerWebhook();
        warmUp();
        // The warm-up's rows leave dead tuples and dirty pages: cleared now, so that neither an autovacuum nor a
        // timed checkpoint lands in one run's measured phases and not in another's.
        psql("vacuum analyze");
        if (all || only.contains("throughput")) {
            throughput(seconds);
        }
        if (all || only.contains("latency")) {
            latency(false);
            latency(true);
        }
        if (all || only.contains("webhooks")) {
            webhookStoreRate();
        }
        if (all || only.contains("requests")) {
            requestCost(Math.max(3, seconds / 2));
        }
        if (all || only.contains("heap")) {
            heapPerPayment();
        }
        if (all || only.contains("admin")) {
            adminAtScale();
        }
        String table = table(load, reference, (System.nanoTime() - started) / 1e9);
        System.out.println(table);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
        Files.writeString(out.resolveSibling("results.tsv"), Figure.tsv(figures));
        Files.writeString(out.resolveSibling("phases.tsv"), phases.toString());
    }

    /** A timed phase's start and end (phases.tsv beside the table), for reading a --profile recording by phase. */
    void phase(String name, java.time.Instant from) {
        phases.append(name).append('\t').append(from).append('\t').append(java.time.Instant.now()).append('\n');
    }

    void figure(String key, double value, String unit, String label) {
        figures.add(new Figure(key, value, unit, label));
    }

    // ---------------------------------------------------------------- the phases

    /** 100 shoppers press "Pay" at once on a shop that has not called the vendor yet: how many tokens it fetches. */
    void coldTokens() throws Exception {
        long before = journal(null).getOrDefault("fetchAuthorizationTokenUsingPost", 0);
        int n = 100;
        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shoppers.add(new Shopper());
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, daemon("cold"));
        List<Map<String, String>> forms = new ArrayList<>();
        for (Shopper s : shoppers) {
            forms.add(s.fillCart());
        }
        CyclicBarrier barrier = new CyclicBarrier(n);
        List<Future<String>> landings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Shopper s = shoppers.get(i);
            Map<String, String> form = forms.get(i);
            landings.add(pool.submit(() -> {
                barrier.await();
                return s.pay(form);
            }));
        }
        List<Future<Boolean>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Shopper s = shoppers.get(i);
            String landing = landings.get(i).get();
            done.add(pool.submit(() -> s.confirmationPaid(s.approve(landing), null)));
        }
        for (Future<Boolean> f : done) {
            f.get();
        }
        pool.shutdown();
        long fetches = journal(null).getOrDefault("fetchAuthorizationTokenUsingPost", 0) - before;
        rows.add(new Row("Token fetches, 100 payments started cold at once", String.valueOf(fetches), "1",
                fetches <= 1));
        figure("token_fetches.cold_100", fetches, "fetches", "Token fetches, 100 payments started cold");
    }

    /** The admin registers the shop's webhook endpoint on the plugin's webhook page, as a shop's admin would. */
    void registerWebhook() {
        try {
            if (Integer.parseInt(psql("select count(*) from vipps_webhook_registration").trim()) > 0) {
                return;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Shopper admin = new Shopper().loginAsAdmin();
        String page = ok(admin.get(shop + "/admin/vipps/webhooks")).body();
        Response r = admin.post(shop + "/admin/vipps/webhooks", Map.of("_csrf", first(CSRF, page),
                "url", shop + "/vipps/webhooks"));
        if (r.status() != 302) {
            throw new IllegalStateException("Registering the webhook answered " + r.status());
        }
    }

    /**
     * Orders nobody counts, until the JIT has compiled the shop's hot paths: in the first minute of a JVM most of
     * its CPU goes to the compiler (the profile showed minutes of compiler threads in a short run), which a figure
     * of the shop's capacity must not include. A shop that runs for days is past that. After the set time, on
     * in steps of 10 s (5 s with --quick) until the shop's compiler threads used under 5 % of a core in a step, at
     * most 24 steps more (6 with --quick). The shop is large (21,000 classes, 45 MB of compiled code), and with the
     * set time alone its compilers still used 0.25 to 0.7 of a core in the measured phases, most of it in the first
     * one, where they caught up on what they had queued while 16 shoppers kept the cores busy.
     */
    void warmUp() throws Exception {
        int seconds = Integer.getInteger("bench.warm-up", quick ? 10 : 40);
        runShoppers(16, seconds, Duration.ZERO, null, null);
        int step = quick ? 5 : 10;
        List<String> steps = new ArrayList<>();
        // The steps with 2 shoppers, which leave part of the cores idle: with both cores busy the compilers (one
        // C1 and one C2 thread among some 40 runnable ones) got a quarter of a core and were still at it after
        // 280 s; the requests they compile are the same at any number of shoppers.
        for (int i = 0; i < (quick ? 6 : 24); i++) {
            double before = compilerSeconds();
            runShoppers(2, step, Duration.ZERO, null, null);
            seconds += step;
            double cores = (compilerSeconds() - before) / step;
            steps.add(String.format(Locale.ROOT, "%.2f", cores));
            if (cores < 0.05) {
                break;
            }
        }
        notes.add(String.format(Locale.ROOT, "Warm-up: %d s, 16 shoppers then 2; the shop's JIT compiler threads"
                + " used %s of a core in its %d s steps (2 shoppers) after the first %d s.", seconds,
                String.join(", ", steps), step, Integer.getInteger("bench.warm-up", quick ? 10 : 40)));
        figure("warm_up_s", seconds, "s", "Warm-up, until the shop's compilers were (nearly) done");
    }

    /**
     * CPU-seconds the shop's JIT compiler threads (C1, C2) have used so far, from each thread's /proc stat. (The
     * JVM's own compile time counter counts each compilation's elapsed time, waiting for a core included.)
     */
    double compilerSeconds() throws IOException {
        long ticks = 0;
        try (var threads = Files.list(Path.of("/proc/" + shopPid + "/task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return ticks / 100.0;
    }

    /**
     * Before a measured phase: a checkpoint, so that every run's phase starts the same distance from one (the first
     * change of a page after a checkpoint writes the whole page to the WAL), then a pause for the previous phase's
     * last completions and the backends' statistics (published within a second, or ten when idle).
     */
    void settleDatabase() throws Exception {
        psql("checkpoint");
        Thread.sleep(quick ? 2000 : 11_000);
    }

    /** What an order is to PostgreSQL: its transactions, the rows it writes, the CPU per transaction. */
    void databasePerOrder(long[] before, int orders, Reading machine) throws Exception {
        // The phase's last completions and the backends' statistics first (see settleDatabase).
        Thread.sleep(quick ? 2000 : 11_000);
        long[] after = databaseCounters();
        double commits = (after[0] - before[0]) / (double) orders;
        double rollbacks = (after[1] - before[1]) / (double) orders;
        double written = (after[2] + after[3] + after[4] - before[2] - before[3] - before[4]) / (double) orders;
        double returned = (after[5] - before[5]) / (double) orders;
        double postgresPerOrder = machine.postgresTicks() / 100.0 / orders;
        rows.add(new Row("PostgreSQL per order, 64 shoppers: CPU-seconds / transactions (rolled back) / rows written"
                + " / rows scanned", String.format(Locale.ROOT, "%.4f / %.1f (%.1f) / %.1f / %.0f; %.2f ms of"
                + " PostgreSQL CPU per transaction", postgresPerOrder, commits, rollbacks, written, returned,
                postgresPerOrder * 1000 / Math.max(0.001, commits + rollbacks)), "-", null));
        figure("postgres_cpu_per_order.64", postgresPerOrder, "CPU-s", "PostgreSQL CPU-seconds per order, 64");
        figure("postgres_transactions_per_order.64", commits + rollbacks, "transactions",
                "PostgreSQL transactions per order, 64 shoppers");
        figure("postgres_rows_written_per_order.64", written, "rows", "PostgreSQL rows written per order, 64");
    }

    /** Completed orders per second at 1, 8 and 64 shoppers, the shop's CPU per order, and the calls per order. */
    void throughput(int seconds) throws Exception {
        for (int shoppers : new int[] {1, 8, 64}) {
            String who = shoppers + " shopper" + (shoppers == 1 ? "" : "s");
            clearJournal();
            settleDatabase();
            long requests0 = shopRequests.get();
            long deliveries0 = inboxRows();
            long[] database0 = databaseCounters();
            PhaseMeter meter = PhaseMeter.start(this);
            java.time.Instant from = java.time.Instant.now();
            Result result = runShoppers(shoppers, seconds, Duration.ZERO, null, null);
            Reading machine = meter.stop();
            // For reading a --profile recording by phase.
            phase(shoppers + "_shoppers", from);
            double perSecond = result.completed / result.seconds;
            int orders = Math.max(1, result.completed);
            double cpuPerOrder = machine.shopTicks() / 100.0 / orders;
            rows.add(new Row("Completed orders/s, " + who,
                    String.format(Locale.ROOT, "%.1f (%d in %.0f s, %d failed; median of %d windows %.1f)",
                            perSecond, result.completed, result.seconds, result.failed, result.windows,
                            result.windowMedian), shoppers == 64 ? "300" : "-",
                    shoppers == 64 ? perSecond >= 300 : null));
            rows.add(new Row("  normalized", String.format(Locale.ROOT, "%.1f (%s)", machine.normalize(perSecond),
                    machine.speed()), "-", null));
            rows.add(new Row("  the machine's cores during it", machine.cores(), "-", null));
            figure("orders_per_s." + shoppers, perSecond, "orders/s", "Completed orders/s, " + who);
            figure("orders_per_s." + shoppers + ".window_median", result.windowMedian, "orders/s",
                    "Completed orders/s, " + who + ", median of " + result.windows + " windows");
            figure("orders_per_s." + shoppers + ".normalized", machine.normalize(perSecond), "orders/s",
                    "Completed orders/s, " + who + ", normalized");
            machine.figures(this, "." + shoppers, "the " + who + " phase");
            rows.add(new Row("Shop CPU-seconds per order, " + who, String.format(Locale.ROOT,
                    "%.4f (%.4f at the probe's nominal speed)", cpuPerOrder, machine.atNominal(cpuPerOrder)),
                    "-", null));
            figure("shop_cpu_per_order." + shoppers, cpuPerOrder, "CPU-s", "Shop CPU-seconds per order, " + who);
            figure("shop_cpu_per_order." + shoppers + ".nominal", machine.atNominal(cpuPerOrder), "CPU-s",
                    "Shop CPU-seconds per order, " + who + ", at the probe's nominal speed");
            if (shoppers == 64) {
                // Where the rest of the two cores goes: the vendor's side and the shoppers' browsers, played here.
                double simPerOrder = machine.simulatorTicks() / 100.0 / orders;
                double driverPerOrder = machine.driverTicks() / 100.0 / orders;
                rows.add(new Row("Simulator / driver CPU-seconds per order, 64 shoppers", String.format(Locale.ROOT,
                        "%.4f / %.4f", simPerOrder, driverPerOrder), "-", null));
                figure("simulator_cpu_per_order.64", simPerOrder, "CPU-s", "Simulator CPU-seconds per order, 64");
                figure("driver_cpu_per_order.64", driverPerOrder, "CPU-s", "Driver CPU-seconds per order, 64");
                // What an order is to the shop: the shopper's requests, and the vendor's webhook deliveries.
                double pages = (shopRequests.get() - requests0) / (double) orders;
                double deliveries = (inboxRows() - deliveries0) / (double) orders;
                rows.add(new Row("Requests to the shop per order, 64 shoppers: the shopper's / webhook deliveries",
                        String.format(Locale.ROOT, "%.2f / %.2f", pages, deliveries), "-", null));
                figure("shop_requests_per_order.64", pages, "requests", "Shopper requests to the shop per order");
                figure("webhooks_per_order.64", deliveries, "deliveries", "Webhook deliveries per order");
                databasePerOrder(database0, orders, machine);
            }
            if (shoppers == 8) {
                // Let the background work of these orders (capture, webhooks, their processing) finish first.
                Thread.sleep(3000);
                callsPerOrder("calls_per_order.8", "8 shoppers", result.completed);
            }
        }
    }

    /** The calls in the simulator's journal since it was cleared, per completed order, by operation. */
    void callsPerOrder(String key, String which, int completed) {
        Map<String, Integer> calls = journal(null);
        int total = calls.values().stream().mapToInt(Integer::intValue).sum();
        int tokens = calls.getOrDefault("fetchAuthorizationTokenUsingPost", 0);
        double perOrder = (total - tokens) / (double) Math.max(1, completed);
        rows.add(new Row("Outbound calls per order (token excluded), " + which,
                String.format(Locale.ROOT, "%.2f", perOrder), "3", perOrder <= 3.05));
        figure(key, perOrder, "calls", "Outbound calls per order, " + which);
        for (Map.Entry<String, Integer> e : new TreeMap<>(calls).entrySet()) {
            rows.add(new Row("  of which " + e.getKey(), String.format(Locale.ROOT, "%.3f",
                    e.getValue() / (double) Math.max(1, completed)), "-", null));
        }
    }

    /**
     * Approval to the confirmation page. A shopper spends some seconds in the app before approving (here
     * {@code think}), so by then the vendor's polling guidance (first read 5 s after creation) allows the return
     * page to read the payment; the page then follows the browser's script (the status, held by the shop until the
     * payment changes, then the page). With the webhooks arriving, the calls per order are counted too: these are
     * the orders of shoppers who take their time, as real ones do.
     */
    void latency(boolean dropWebhooks) throws Exception {
        if (dropWebhooks) {
            postJson(sim + "/simulator/webhook-faults", "{\"action\":\"DROP\",\"times\":-1}");
        }
        try {
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            int shoppers = quick ? 16 : 32;
            clearJournal();
            Result result = runShoppers(shoppers, 0, Duration.ofMillis(Long.getLong("bench.think", 5500)), millis,
                    quick ? 2 : 4);
            if (!dropWebhooks) {
                Thread.sleep(2000);
                callsPerOrder("calls_per_order.think_time", "after some time in the app, webhooks arriving",
                        result.completed);
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            double p50 = percentile(sorted, 50) / 1000.0;
            double p99 = percentile(sorted, 99) / 1000.0;
            double goal = dropWebhooks ? 3.0 : 0.3;
            rows.add(new Row("Approval to confirmation page, webhook " + (dropWebhooks ? "dropped" : "arriving")
                    + " (" + sorted.size() + " orders), p50 / p99 s",
                    String.format(Locale.ROOT, "%.3f / %.3f", p50, p99), "p99 <= " + goal, p99 <= goal));
            String key = "approval_to_confirmation." + (dropWebhooks ? "webhook_dropped" : "webhook_arriving");
            String label = "Approval to confirmation, webhook " + (dropWebhooks ? "dropped" : "arriving");
            figure(key + ".p50", p50, "s", label + ", p50");
            figure(key + ".p99", p99, "s", label + ", p99");
        } finally {
            if (dropWebhooks) {
                send(HttpRequest.newBuilder(URI.create(sim + "/simulator/webhook-faults")).DELETE());
            }
        }
    }

    /** Correctly signed deliveries, many at once, to the shop's webhook endpoint: how many are stored per second. */
    void webhookStoreRate() throws Exception {
        String secret = webhookSecret();
        int total = quick ? 3000 : 20000;
        int concurrency = 32;
        URI endpoint = URI.create(shop + "/vipps/webhooks");
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon("webhook"));
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        settleDatabase();
        PhaseMeter meter = PhaseMeter.start(this);
        java.time.Instant from = java.time.Instant.now();
        long t0 = System.nanoTime();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            pool.submit(() -> {
                try {
                    while (next.getAndIncrement() < total) {
                        String body = "{\"msn\":\"123456\",\"reference\":\"bench-wh-" + UUID.randomUUID()
                                + "\",\"pspReference\":\"" + UUID.randomUUID() + "\",\"name\":\"CREATED\","
                                + "\"amount\":{\"currency\":\"NOK\",\"value\":14900},\"timestamp\":\""
                                + java.time.Instant.now() + "\",\"success\":true}";
                        HttpRequest.Builder request = signed(endpoint, host, body, secret);
                        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        (r.statusCode() == 200 && r.body().contains("stored") ? stored : refused).incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Reading machine = meter.stop();
        phase("webhooks", from);
        pool.shutdown();
        double rate = stored.get() / seconds;
        double cpuEach = machine.shopTicks() * 10.0 / Math.max(1, stored.get());
        rows.add(new Row("Webhooks verified and stored/s on PostgreSQL (" + concurrency + " at once)",
                String.format(Locale.ROOT, "%.0f (%d stored, %d refused; %.2f ms shop CPU each)", rate, stored.get(),
                        refused.get(), cpuEach), "5000", rate >= 5000));
        rows.add(new Row("  normalized", String.format(Locale.ROOT, "%.0f (%s)", machine.normalize(rate),
                machine.speed()), "-", null));
        rows.add(new Row("  the machine's cores during it", machine.cores(), "-", null));
        figure("webhooks_per_s", rate, "stored/s", "Webhooks verified and stored/s");
        figure("webhooks_per_s.normalized", machine.normalize(rate), "stored/s", "Webhooks stored/s, normalized");
        machine.figures(this, ".webhooks", "the webhooks phase");
        figure("webhook_shop_cpu_ms", cpuEach, "ms", "Shop CPU per stored webhook");
        figure("webhook_shop_cpu_ms.nominal", machine.atNominal(cpuEach), "ms",
                "Shop CPU per stored webhook, at the probe's nominal speed");
    }

    /**
     * What a request costs the shop when it does next to nothing, 16 clients at once: the favicon (Tomcat, the
     * security filters, the static file handler) and a product page (the shopper's session, its security context
     * and CSRF token, Thymeleaf, the catalogue from memory). Beside the requests an order makes, it says how much of
     * an order's CPU is the stack every request goes through rather than the order's own work.
     */
    void requestCost(int seconds) throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("static", "/favicon.svg");
        targets.put("product_page", "/products/" + product);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            int clients = 16;
            ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("request"));
            AtomicInteger served = new AtomicInteger();
            PhaseMeter meter = PhaseMeter.start(this);
            java.time.Instant from = java.time.Instant.now();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(pool.submit(() -> {
                    Shopper s = new Shopper();
                    while (System.nanoTime() < end) {
                        ok(s.get(shop + target.getValue()));
                        served.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
            Reading machine = meter.stop();
            phase("requests_" + target.getKey(), from);
            pool.shutdown();
            double ms = machine.shopTicks() * 10.0 / Math.max(1, served.get());
            parts.add(String.format(Locale.ROOT, "%s %.2f ms (%.0f/s; %.2f ms at the probe's nominal speed)",
                    target.getValue(), ms, served.get() / machine.seconds(), machine.atNominal(ms)));
            figure("request_cpu_ms." + target.getKey(), ms, "ms", "Shop CPU per request, " + target.getValue());
            figure("request_cpu_ms." + target.getKey() + ".nominal", machine.atNominal(ms), "ms",
                    "Shop CPU per request, " + target.getValue() + ", at the probe's nominal speed");
        }
        rows.add(new Row("Shop CPU per request, 16 clients at once", String.join("; ", parts), "-", null));
    }

    /** Heap after a full GC with K payments started and not approved, minus before, over K. */
    void heapPerPayment() throws Exception {
        // Enough payments that their heap stands well above what the GC leaves behind from one reading to the next.
        int k = quick ? 300 : 3000;
        // Wait for earlier work to settle, then take the baseline.
        Thread.sleep(2000);
        long before = heapUsedAfterGc();
        ExecutorService pool = Executors.newFixedThreadPool(16, daemon("heap"));
        List<Future<?>> started = new ArrayList<>();
        List<Shopper> keep = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < k; i++) {
            started.add(pool.submit(() -> {
                Shopper s = new Shopper();
                s.pay(s.fillCart());
                keep.add(s);
            }));
        }
        for (Future<?> f : started) {
            f.get();
        }
        pool.shutdown();
        long after = heapUsedAfterGc();
        double perPayment = (after - before) / (double) k;
        rows.add(new Row("Heap per in-flight payment (" + k + " started, not approved; shopper's session included)",
                String.format(Locale.ROOT, "%.1f KiB (%.1f -> %.1f MiB)", perPayment / 1024, before / 1048576.0,
                        after / 1048576.0), "-", null));
        figure("heap_per_payment", perPayment / 1024, "KiB", "Heap per in-flight payment");
    }

    /** The admin's payments list and search with 1,000,000 payment rows, p95 over HTTP as a logged-in admin. */
    void adminAtScale() throws Exception {
        int existing = Integer.parseInt(psql("select count(*) from vipps_payment").trim());
        int target = Integer.getInteger("bench.payment-rows", 1_000_000);
        if (existing < target) {
            psql("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, currency, status,"
                    + " vendor_state, authorized_minor, captured_minor, psp_reference, created_at, updated_at)"
                    + " select 'bulk-' || g, 'bulk-' || g || '-1', 1, 'CHECKOUT', 14900, 'NOK',"
                    + " (array['CAPTURED','CAPTURED','CAPTURED','AUTHORIZED','ABORTED','EXPIRED','REFUNDED'])[1 + g % 7],"
                    + " 'AUTHORIZED', 14900, 14900, 'psp' || g,"
                    + " now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval"
                    + " from generate_series(1, " + (target - existing) + ") g");
            psql("analyze vipps_payment");
        }
        Shopper admin = new Shopper().loginAsAdmin();
        int n = quick ? 20 : 60;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Admin payments list, first page", "/admin/vipps/payments");
        pages.put("Admin payments list, page 500", "/admin/vipps/payments?page=500");
        pages.put("Admin payments search (order number)", "/admin/vipps/payments?q=bulk-654321");
        pages.put("Admin payments search (no match)", "/admin/vipps/payments?q=nothing-like-this");
        pages.put("Admin payments list, status CAPTURED", "/admin/vipps/payments?status=CAPTURED");
        List<String> keys = List.of("first_page", "page_500", "search_order", "search_no_match", "status_captured");
        int which = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String key = "admin_p95." + keys.get(which++);
            admin.get(shop + page.getValue());
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                Response r = admin.get(shop + page.getValue());
                times.add((System.nanoTime() - t) / 1_000_000);
                if (r.status() != 200) {
                    throw new IllegalStateException(page.getValue() + " answered " + r.status());
                }
            }
            Collections.sort(times);
            long p95 = percentile(times, 95);
            rows.add(new Row(page.getKey() + " at " + String.format(Locale.ROOT, "%,d", Math.max(existing, target))
                    + " rows, p95", p95 + " ms", "100 ms", p95 <= 100));
            figure(key, p95, "ms", page.getKey() + ", p95");
        }
    }

    // ---------------------------------------------------------------- shoppers

    /**
     * A phase's orders: all of them over its whole time, and the median rate of its equal windows (closed loops
     * only), which a stall of a second or two in one window moves less than it moves the mean.
     */
    record Result(int completed, int failed, double seconds, int windows, double windowMedian) {
    }

    /**
     * {@code shoppers} shoppers, each buying one order after the other, for {@code seconds} (or {@code orders} each
     * when given). With {@code latencies}, each order's approval-to-confirmation time is recorded.
     */
    Result runShoppers(int shoppers, int seconds, Duration think, List<Long> latencies, Integer orders)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(shoppers, daemon("shopper"));
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> all = new ArrayList<>();
        AtomicLong lastError = new AtomicLong();
        java.util.Queue<Long> finished = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < shoppers; i++) {
            // With think time, shoppers arrive spread over it, as they do in a shop, rather than all approving in
            // the same millisecond; without it (capacity), they all start at once.
            long arrival = think.toMillis() * i / shoppers;
            all.add(pool.submit(() -> {
                Thread.sleep(arrival);
                int mine = 0;
                while (orders != null ? mine < orders : System.nanoTime() < end) {
                    mine++;
                    try {
                        Shopper s = new Shopper();
                        String landing = s.pay(s.fillCart());
                        if (!think.isZero()) {
                            Thread.sleep(think.toMillis());
                        }
                        String returnUrl = s.approve(landing);
                        if (s.confirmationPaid(returnUrl, latencies)) {
                            completed.incrementAndGet();
                            finished.add(System.nanoTime());
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (System.nanoTime() - lastError.get() > 5_000_000_000L) {
                            lastError.set(System.nanoTime());
                            System.err.println("An order failed: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        // Windows of about 4 s (at least 3) over the whole time, the orders still in flight at the end included: the
        // first window holds the ramp (no order completes before one order's time) and the last the tail (fewer
        // shoppers still buying), so the median is one of the steady ones in between.
        int windows = seconds > 0 ? Math.max(3, (int) Math.round(elapsed / 4)) : 0;
        double windowMedian = Double.NaN;
        if (windows > 0) {
            long width = (long) (elapsed * 1e9) / windows;
            int[] counts = new int[windows];
            for (long at : finished) {
                counts[(int) Math.min(windows - 1, (at - t0) / width)]++;
            }
            double[] rates = new double[windows];
            for (int w = 0; w < windows; w++) {
                rates[w] = counts[w] / (width / 1e9);
            }
            windowMedian = median(rates);
        }
        return new Result(completed.get(), failed.get(), elapsed, windows, windowMedian);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One shopper's browser: cookies kept, redirects not followed (each step is one request, as measured). */
    final class Shopper {

        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        /** The product page, add to cart, the checkout page; returns the checkout form as the shopper fills it. */
        Map<String, String> fillCart() {
            String page = ok(get(shop + "/products/" + product)).body();
            ok302(post(shop + "/cart/add", Map.of("_csrf", first(CSRF, page), "productId", first(PRODUCT_ID, page),
                    "quantity", "1")));
            String checkout = ok(get(shop + "/checkout")).body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", first(CSRF, checkout));
            form.put("expectedTotal", first(EXPECTED_TOTAL, checkout));
            form.put("firstName", "Kari");
            form.put("lastName", "Nordmann");
            form.put("email", "kari.nordmann@example.com");
            form.put("phone", "+47 912 34 567");
            form.put("paymentMethod", "vipps");
            form.put("acceptTerms", "true");
            return form;
        }

        /** "Pay with Vipps": the shop creates the payment and sends the shopper to the vendor's landing page. */
        String pay(Map<String, String> form) {
            Response placed = ok302(post(shop + "/checkout", form));
            if (!placed.location().contains("/simulator/landing")) {
                throw new IllegalStateException("Checkout went to " + placed.location());
            }
            return placed.location();
        }

        /** The app: log in with the default test user and approve; answers where the app sends the shopper back. */
        String approve(String landing) {
            String token = first(LANDING_TOKEN, landing);
            ok(get(landing));
            ok302(post(sim + "/simulator/landing/login", Map.of("token", token, "phone", "4791234567")));
            Response approved = ok302(post(sim + "/simulator/landing/approve", Map.of("token", token)));
            if (!approved.location().contains("/vipps/return/")) {
                throw new IllegalStateException("Approval went to " + approved.location());
            }
            return approved.location();
        }

        /**
         * The return page until it no longer waits, as its script follows it: the status, asked again at once after
         * each answer (the shop holds each request until the payment changes or its wait is over), then the page
         * again; true when paid.
         */
        boolean confirmationPaid(String returnUrl, List<Long> latencies) {
            long t0 = System.nanoTime();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
            String state = first(STATE, ok(get(returnUrl)).body());
            while (state.equals("WAITING") && System.nanoTime() < deadline) {
                String status = ok(get(returnUrl + "/status?wait=true")).body();
                if (!status.contains("\"WAITING\"")) {
                    state = first(STATE, ok(get(returnUrl)).body());
                }
            }
            if (latencies != null) {
                latencies.add((System.nanoTime() - t0) / 1_000_000);
            }
            return state.equals("PAID");
        }

        Shopper loginAsAdmin() {
            String page = ok(get(shop + "/admin/login")).body();
            Response r = post(shop + "/admin/login", Map.of("_csrf", first(CSRF, page), "username",
                    System.getProperty("bench.admin.username", "admin"), "password",
                    System.getProperty("bench.admin.password", "admin")));
            if (r.status() != 302 || r.location().contains("error")) {
                throw new IllegalStateException("Admin login failed: " + r.status() + " " + r.location());
            }
            return this;
        }

        Response get(String url) {
            return send(request(url).GET());
        }

        Response post(String url, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String url) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "en");
            String host = URI.create(url).getPort() + "";
            String jar = cookies.entrySet().stream().filter(e -> e.getKey().startsWith(host + " "))
                    .map(e -> e.getKey().substring(host.length() + 1) + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            if (!jar.isEmpty()) {
                b.header("Cookie", jar);
            }
            return b;
        }

        private Response send(HttpRequest.Builder builder) {
            HttpRequest request = builder.build();
            if (request.uri().toString().startsWith(shop)) {
                shopRequests.incrementAndGet();
            }
            Response r = Bench.this.send(builder);
            for (String setCookie : r.setCookies()) {
                String[] pair = setCookie.split(";")[0].split("=", 2);
                String key = request.uri().getPort() + " " + pair[0].trim();
                if (pair.length < 2 || pair[1].isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, pair[1].trim());
                }
            }
            return r;
        }
    }

    // ---------------------------------------------------------------- plumbing

    record Response(int status, String body, String location, List<String> setCookies) {
    }

    record Row(String figure, String value, String goal, Boolean met) {
    }

    Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""),
                    r.headers().allValues("Set-Cookie"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Response ok(Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException("Expected 200, got " + r.status() + " " + r.location());
        }
        return r;
    }

    static Response ok302(Response r) {
        if (r.status() != 302 && r.status() != 303) {
            throw new IllegalStateException("Expected a redirect, got " + r.status() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r;
    }

    void postJson(String url, String json) {
        Response r = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + r.status() + " " + r.body());
        }
    }

    void clearJournal() {
        send(HttpRequest.newBuilder(URI.create(sim + "/simulator/journal")).DELETE());
    }

    /** Calls in the simulator's journal by operation. */
    Map<String, Integer> journal(String since) {
        String body = send(HttpRequest.newBuilder(URI.create(sim + "/simulator/journal?limit=1000000")).GET()).body();
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = OPERATION.matcher(body);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }

    static HttpRequest.Builder signed(URI endpoint, String host, String body, String secret) throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
        String toSign = "POST\n" + endpoint.getRawPath() + "\n" + date + ";" + host + ";" + hash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("x-ms-date", date)
                .header("x-ms-content-sha256", hash)
                .header("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                        + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The registration's secret as the shop stores it: AES-GCM under the shop's encryption key, IV first. */
    String webhookSecret() throws Exception {
        String encrypted = psql("select secret_enc from vipps_webhook_registration order by created_at desc limit 1")
                .trim();
        byte[] all = Base64.getDecoder().decode(encrypted);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(encryptionKey), "AES"),
                new GCMParameterSpec(128, all, 0, 16));
        return new String(cipher.doFinal(all, 16, all.length - 16), StandardCharsets.UTF_8);
    }

    /** Webhook deliveries the shop has stored (it keeps them), for the deliveries per order. */
    long inboxRows() throws Exception {
        return Long.parseLong(psql("select count(*) from vipps_webhook_inbox").trim());
    }

    String psql(String sql) throws Exception {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-At",
                "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return out;
    }

    /** utime + stime of a process in clock ticks (100 a second on Linux). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * The CPU ticks of PostgreSQL: every process named postgres, and for the postmaster also its reaped children's
     * (cutime, cstime), so a backend that ended during a phase (a psql of the driver's) still counts.
     */
    static long postgresTicks() throws IOException {
        long ticks = 0;
        try (var all = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) all::iterator) {
                if (!proc.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(proc.resolve("stat"));
                } catch (IOException e) {
                    continue; // ended meanwhile
                }
                if (!stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals("postgres")) {
                    continue;
                }
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                if (f[1].equals("1") || !isPostgres(f[1])) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            }
        }
        return ticks;
    }

    static boolean isPostgres(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The bench database's counters (pg_stat_database): transactions committed and rolled back (a statement run
     * outside a transaction is one), rows inserted, updated, deleted, and rows scanned (live rows of sequential scans,
     * entries of index scans). A busy backend publishes its counts within a second, an idle one within ten.
     */
    long[] databaseCounters() throws Exception {
        String[] f = psql("select xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned"
                + " from pg_stat_database where datname = current_database()").trim().split("\\|");
        long[] counts = new long[f.length];
        for (int i = 0; i < f.length; i++) {
            counts[i] = Long.parseLong(f[i].trim());
        }
        return counts;
    }

    /**
     * The bytes of the shop's live objects: the total of a class histogram, which collects the heap first and counts
     * only what is reachable. (The heap's "used" after a collection also counts what the collector's regions hold
     * besides, and moved by megabytes from one reading to the next.)
     */
    long heapUsedAfterGc() throws Exception {
        jcmd("GC.run");
        Thread.sleep(500);
        String histogram = jcmd("GC.class_histogram");
        Matcher m = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$").matcher(histogram);
        if (!m.find()) {
            throw new IllegalStateException("No total in the class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 300)));
        }
        return Long.parseLong(m.group(1));
    }

    String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(shopPid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not found on the page: " + pattern.pattern());
        }
        return m.group(1).replace("&amp;", "&");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Keeps the reference workload's result alive, so the JIT cannot drop the work. */
    static volatile long referenceSink;

    /**
     * One round of a fixed workload of the kind a shop runs (strings, maps, sorting, formatting). Its rate puts runs
     * on different machines or days side by side: the same code gave figures three times apart on two days, and
     * the rate says whether the machine or the code moved.
     */
    static long referenceRound() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String word = String.format(Locale.ROOT, "order-%05d-%s", (i * 7919) % 1000, i % 3 == 0 ? "NOK" : "DKK");
            words.add(word);
            counts.merge(word, 1, Integer::sum);
        }
        Collections.sort(words);
        return words.get(0).hashCode() + counts.size();
    }

    /** The reference on one thread, warmed up, then 3 s measured, on the idle machine before anything starts. */
    static String machineReference() throws InterruptedException {
        MachineSpeed one = new MachineSpeed(1);
        one.warmUp();
        double perSecond = one.score(3000);
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst("^[^:]*:\\s*", "")).orElse("?");
        } catch (Exception e) {
            // Not Linux: the score alone.
        }
        return String.format(Locale.ROOT, "%.0f rounds/s (%s, %d cores)", perSecond, cpu,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The probe's rate the normalized figures are scaled to: 5,000 rounds of the reference per CPU-second, about the
     * most the one-thread reference has read on the benchmark's 2-core machine (5,195 at its fastest, 2,756 at its
     * slowest). A normalized figure reads as the figure on a machine whose cores run the loop that fast; the probe
     * reads less on a loaded machine than the idle reference does, so normalized figures stand above measured ones.
     * What matters is that runs are scaled alike.
     */
    static final double NOMINAL_ROUNDS_PER_CPU_SECOND = 5000;

    static final String NORMALIZED = String.format(Locale.ROOT, "Normalized: a throughput figure * %,.0f / the"
            + " probe's speed during the phase (rounds of the reference loop per CPU-second of the probe's thread)"
            + " / (1 - the share of the cores' time stolen), a CPU time * the probe's speed / %,.0f: the figure on"
            + " cores running the loop at %,.0f rounds per CPU-second, with none of their time stolen, assuming the"
            + " shop's speed scales like the loop's.", NOMINAL_ROUNDS_PER_CPU_SECOND, NOMINAL_ROUNDS_PER_CPU_SECOND,
            NOMINAL_ROUNDS_PER_CPU_SECOND);

    static final class MachineSpeed {

        final int threads;

        MachineSpeed(int threads) {
            this.threads = threads;
        }

        /**
         * Until the loop is compiled: two readings of half a second in a row within 5 % of each other, after at
         * least 2 s and at most 20 s. A fixed 2 s was not enough on a busy machine, whose compiler threads wait for
         * a core too, so the loop may not be compiled yet: a fresh JVM read 100-180 rounds/s there while the warm
         * driver read 1,800 and more.
         */
        void warmUp() throws InterruptedException {
            long t0 = System.nanoTime();
            double previous = score(500);
            while (true) {
                double now = score(500);
                double elapsed = (System.nanoTime() - t0) / 1e9;
                if (elapsed >= 20 || elapsed >= 2 && Math.abs(now - previous) <= 0.05 * now) {
                    return;
                }
                previous = now;
            }
        }

        /** Rounds per second per thread, the mean over the threads, all running for {@code millis} at once. */
        double score(long millis) throws InterruptedException {
            CountDownLatch go = new CountDownLatch(1);
            double[] rates = new double[threads];
            List<Thread> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slot = t;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    long end = t0 + TimeUnit.MILLISECONDS.toNanos(millis);
                    long rounds = 0;
                    long sink = 0;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        sink += referenceRound();
                        rounds++;
                    }
                    rates[slot] = rounds / ((now - t0) / 1e9);
                    referenceSink += sink;
                }, "reference-" + t);
                thread.start();
                running.add(thread);
            }
            go.countDown();
            for (Thread thread : running) {
                thread.join();
            }
            double sum = 0;
            for (double rate : rates) {
                sum += rate;
            }
            return sum / threads;
        }
    }

    /**
     * The machine's speed during a phase, read without taking a core from it: every 100 ms, 10 rounds of the
     * reference loop (about 2 ms), timed on the probe thread's own CPU clock. The time it waits for a core (a phase
     * keeps both busy) does not count, only how fast a core runs once it has one, which is what moves when other
     * guests of the host are busy. A reading before and after the phase on the idle shop did not do: the speed moves
     * within seconds. Costs about 2 % of one core, on the driver.
     */
    static final class SpeedProbe {

        private final Thread thread = new Thread(this::run, "speed-probe");
        private volatile boolean running = true;
        // Written by the probe's thread only, read after it has ended.
        private long rounds;
        private long cpuNanos;

        SpeedProbe() {
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long sink = 0;
            while (running) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 10; i++) {
                    sink += referenceRound();
                }
                cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
                rounds += 10;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    break;
                }
            }
            referenceSink += sink;
        }

        /** Rounds per CPU-second of the probe over its whole time. */
        double stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            return cpuNanos == 0 ? Double.NaN : rounds / (cpuNanos / 1e9);
        }
    }

    /** busy (user, nice, system, irq, softirq), idle (with iowait) and stolen ticks of all cores, from /proc/stat. */
    static long[] machineTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
        return new long[] {busy, Long.parseLong(f[4]) + Long.parseLong(f[5]), f.length > 8 ? Long.parseLong(f[8]) : 0};
    }

    /** A timed phase's machine: started right before it, stopped right after. */
    final class PhaseMeter {

        private final double compiler0 = compilerSeconds();
        private final long[] machine0 = machineTicks();
        private final long shop0 = cpuTicks(shopPid);
        private final long simulator0 = simPid > 0 ? cpuTicks(simPid) : 0;
        private final long driver0 = cpuTicks(ProcessHandle.current().pid());
        private final long postgres0 = postgresTicks();
        private final long t0 = System.nanoTime();
        private final SpeedProbe probe = new SpeedProbe();

        PhaseMeter() throws Exception {
        }

        /**
         * Right before a phase: the reference loop compiled again first. The probe alone runs it too rarely to
         * win it back after the driver's other work has had its compiled code thrown away; a first phase read a
         * fifth of the speed of the next one that way.
         */
        static PhaseMeter start(Bench bench) throws Exception {
            new MachineSpeed(1).warmUp();
            return bench.new PhaseMeter();
        }

        Reading stop() throws Exception {
            double speed = probe.stop();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] machine1 = machineTicks();
            long shop = cpuTicks(shopPid) - shop0;
            long simulator = simPid > 0 ? cpuTicks(simPid) - simulator0 : 0;
            long driver = cpuTicks(ProcessHandle.current().pid()) - driver0;
            long postgres = postgresTicks() - postgres0;
            return new Reading(seconds, shop, simulator, driver, postgres, machine1[0] - machine0[0],
                    machine1[1] - machine0[1], machine1[2] - machine0[2], speed, compilerSeconds() - compiler0);
        }
    }

    /**
     * What a phase had of the machine: the CPU ticks (100 a second) of the shop, the simulator and the driver, of
     * every core busy, idle and stolen (time the hypervisor ran another guest), the probe's speed, and the seconds
     * the shop's JIT compilers spent.
     */
    record Reading(double seconds, long shopTicks, long simulatorTicks, long driverTicks, long postgresTicks,
            long busyTicks, long idleTicks, long stolenTicks, double probeSpeed, double shopCompilerSeconds) {

        double cores(long ticks) {
            return ticks / 100.0 / seconds;
        }

        /** The rest of the busy time: the kernel's own work, and anything else running on the machine. */
        long otherTicks() {
            return Math.max(0, busyTicks - shopTicks - simulatorTicks - driverTicks - postgresTicks);
        }

        /** The share of the cores' time the hypervisor gave to other guests. */
        double stolenShare() {
            long all = busyTicks + idleTicks + stolenTicks;
            return all == 0 ? 0 : stolenTicks / (double) all;
        }

        /**
         * A throughput figure on cores running at the nominal speed and none of their time stolen: scaled by the
         * probe's speed, and by the share of the cores' time the machine had.
         */
        double normalize(double value) {
            return value * NOMINAL_ROUNDS_PER_CPU_SECOND / probeSpeed / (1 - stolenShare());
        }

        /** A CPU time figure on cores running at the nominal speed. */
        double atNominal(double cpuSeconds) {
            return cpuSeconds * probeSpeed / NOMINAL_ROUNDS_PER_CPU_SECOND;
        }

        String speed() {
            return String.format(Locale.ROOT, "probe %,.0f rounds per CPU-second, %.1f %% stolen", probeSpeed,
                    stolenShare() * 100);
        }

        String cores() {
            return String.format(Locale.ROOT, "shop %.2f (its JIT compilers %.2f), simulator %.2f, driver %.2f,"
                    + " PostgreSQL %.2f, the rest %.2f, idle %.2f, stolen %.2f", cores(shopTicks),
                    shopCompilerSeconds / seconds, cores(simulatorTicks), cores(driverTicks), cores(postgresTicks),
                    cores(otherTicks()), cores(idleTicks), cores(stolenTicks));
        }

        void figures(Bench bench, String suffix, String phase) {
            bench.figure("probe_speed" + suffix, probeSpeed, "rounds/CPU-s", "Probe speed during " + phase);
            bench.figure("stolen_share" + suffix, stolenShare() * 100, "%", "Cores' time stolen during " + phase);
            bench.figure("cores.shop" + suffix, cores(shopTicks), "cores", "Cores used by the shop during " + phase);
            bench.figure("cores.shop_compilers" + suffix, shopCompilerSeconds / seconds, "cores",
                    "The shop's JIT compilers during " + phase);
            bench.figure("cores.postgres" + suffix, cores(postgresTicks), "cores",
                    "Cores used by PostgreSQL during " + phase);
            bench.figure("cores.other" + suffix, cores(otherTicks()), "cores",
                    "Cores used by the rest (kernel, other processes) during " + phase);
        }
    }

    /** One figure as a number: a stable key, its value, its unit, and what it is. */
    record Figure(String key, double value, String unit, String label) {

        static String tsv(List<Figure> figures) {
            StringBuilder sb = new StringBuilder("# key\tvalue\tunit\tfigure\n");
            for (Figure f : figures) {
                sb.append(f.key()).append('\t').append(Double.isNaN(f.value()) ? "NaN"
                        : String.format(Locale.ROOT, "%.6g", f.value())).append('\t').append(f.unit()).append('\t')
                        .append(f.label()).append('\n');
            }
            return sb.toString();
        }

        static List<Figure> read(Path tsv) throws IOException {
            List<Figure> figures = new ArrayList<>();
            for (String line : Files.readAllLines(tsv)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                figures.add(new Figure(f[0], Double.parseDouble(f[1]), f[2], f.length > 3 ? f[3] : f[0]));
            }
            return figures;
        }
    }

    /**
     * Repeated runs side by side: each figure's value in every run, the median, the spread ((max - min) / median)
     * and whether the runs agree within 10 %.
     */
    record RunSummary(List<Path> runs, Map<String, Figure> first, Map<String, double[]> values) {

        static final double AGREEMENT = 0.10;

        static RunSummary of(List<Path> runs) throws IOException {
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("--summary needs the runs' directories");
            }
            Map<String, Figure> first = new LinkedHashMap<>();
            Map<String, double[]> values = new LinkedHashMap<>();
            for (int r = 0; r < runs.size(); r++) {
                for (Figure f : Figure.read(runs.get(r).resolve("results.tsv"))) {
                    first.putIfAbsent(f.key(), f);
                    double[] row = values.computeIfAbsent(f.key(), k -> {
                        double[] empty = new double[runs.size()];
                        java.util.Arrays.fill(empty, Double.NaN);
                        return empty;
                    });
                    row[r] = f.value();
                }
            }
            return new RunSummary(runs, first, values);
        }

        /** (max - min) / median over the runs that have the figure; NaN when it cannot be said. */
        static double spread(double[] row) {
            double[] present = java.util.Arrays.stream(row).filter(v -> !Double.isNaN(v)).toArray();
            if (present.length < 2) {
                return Double.NaN;
            }
            double max = java.util.Arrays.stream(present).max().getAsDouble();
            double min = java.util.Arrays.stream(present).min().getAsDouble();
            if (max == min) {
                return 0;
            }
            double median = median(present);
            return median == 0 ? Double.NaN : (max - min) / Math.abs(median);
        }

        String markdown() {
            StringBuilder sb = new StringBuilder("| Figure | Unit |");
            for (int r = 1; r <= runs.size(); r++) {
                sb.append(" Run ").append(r).append(" |");
            }
            sb.append(" Median | Spread | Agree within 10 % |\n|---|---|");
            sb.append("---|".repeat(runs.size())).append("---|---|---|\n");
            int agreeing = 0;
            for (Map.Entry<String, double[]> e : values.entrySet()) {
                Figure f = first.get(e.getKey());
                double[] row = e.getValue();
                sb.append("| ").append(f.label()).append(" | ").append(f.unit()).append(" |");
                for (double v : row) {
                    sb.append(' ').append(Double.isNaN(v) ? "-" : number(v)).append(" |");
                }
                double[] present = java.util.Arrays.stream(row).filter(v -> !Double.isNaN(v)).toArray();
                double spread = spread(row);
                boolean agree = !Double.isNaN(spread) && spread <= AGREEMENT;
                agreeing += agree ? 1 : 0;
                sb.append(' ').append(present.length == 0 ? "-" : number(median(present))).append(" | ")
                        .append(Double.isNaN(spread) ? "-" : String.format(Locale.ROOT, "%.1f %%", spread * 100))
                        .append(" | ").append(agree ? "yes" : "**no**").append(" |\n");
            }
            sb.append('\n').append(runs.size()).append(" runs, one after another, each with a fresh database and")
                    .append(" fresh processes: ").append(runs.stream().map(p -> p.resolve("results.md").toString())
                            .collect(Collectors.joining(", ")))
                    .append(".\nSpread = (max - min) / median. Figures agreeing within 10 %: ").append(agreeing)
                    .append(" of ").append(values.size()).append(".\n")
                    .append(NORMALIZED).append('\n');
            return sb.toString();
        }

        static String number(double v) {
            double a = Math.abs(v);
            String format = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f";
            return String.format(Locale.ROOT, format, v);
        }
    }

    String table(String load, String reference, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Figure | Measured | Goal | Met |\n|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.figure()).append(" | ").append(r.value()).append(" | ").append(r.goal())
                    .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        sb.append("\nMachine reference score (bin/lib/Bench.java `machineReference`): ").append(reference).append(".\n");
        sb.append(NORMALIZED).append('\n');
        sb.append("Load average before the run: ").append(load).append(". Driver time: ")
                .append(String.format(Locale.ROOT, "%.0f s", seconds)).append(quick ? " (--quick)" : "")
                .append(".\n");
        for (String note : notes) {
            sb.append(note).append('\n');
        }
        return sb.toString();
    }
}
