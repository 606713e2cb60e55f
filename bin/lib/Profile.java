import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The shop's JFR recording of a {@code bin/bench --profile} run, read by phase: for each timed phase in
 * {@code phases.tsv} (name, start, end, written by the driver), the share of the shop's execution samples by what
 * the sampled thread was doing, then the same samples by the handler they ran under (the outermost frame of the
 * plugins' or the demo shop's code). JDK only, run as a single source file:
 * {@code java bin/lib/Profile.java shop.jfr phases.tsv}.
 *
 * <p>A sample counts for the first kind of work found walking its stack from the running method down, so time in a
 * {@code HashMap} called by Thymeleaf counts as rendering. Compiler and GC threads are not Java threads and are never
 * sampled; the driver's row of cores gives the compilers' share. Samples of the plugin's own threads (webhook
 * processing, jobs) count apart from the request threads, whatever they run.
 */
public final class Profile {

    /** The kinds of work, as the first package prefix found from the top of a request thread's stack. */
    static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("Page rendering (Thymeleaf)", new String[] {"org.thymeleaf.", "org.attoparser.", "ognl.",
            "org.springframework.expression."});
        KINDS.put("JPA, Hibernate, JDBC, PostgreSQL driver, pool", new String[] {"org.hibernate.", "org.postgresql.",
            "com.zaxxer.hikari.", "jakarta.persistence.", "org.springframework.orm.", "org.springframework.jdbc.",
            "org.springframework.data.", "org.springframework.transaction.", "org.flywaydb."});
        KINDS.put("Outbound HTTP to the vendor", new String[] {"jdk.internal.net.http.", "java.net.http.",
            "org.springframework.web.client.", "org.springframework.http.client."});
        KINDS.put("JSON (Jackson)", new String[] {"tools.jackson.", "com.fasterxml.jackson."});
        KINDS.put("SHA-256, HMAC, secure random (webhook verification, session ids)", new String[] {"dev.vippsmp.core.webhook.WebhookVerifier",
            "sun.security.provider.", "com.sun.crypto.provider.", "javax.crypto."});
        KINDS.put("Logging", new String[] {"ch.qos.logback.", "org.slf4j.", "org.apache.logging."});
        KINDS.put("Tomcat, Spring Security, Spring MVC (the request stack)", new String[] {"org.apache.catalina.",
            "org.apache.coyote.", "org.apache.tomcat.", "org.springframework.security.", "org.springframework.web.",
            "jakarta.servlet.", "org.springframework.session."});
        KINDS.put("Handler code (the plugins', the demo shop's)", new String[] {"dev.vippsmp."});
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bin/lib/Profile.java shop.jfr phases.tsv");
            System.exit(2);
        }
        List<String[]> phases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                phases.add(line.split("\t"));
            }
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Map<String, Integer>> handlers = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            counts.add(new LinkedHashMap<>());
            handlers.add(new LinkedHashMap<>());
        }
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            Instant at = event.getStartTime();
            for (int i = 0; i < phases.size(); i++) {
                if (!at.isBefore(Instant.parse(phases.get(i)[1])) && at.isBefore(Instant.parse(phases.get(i)[2]))) {
                    counts.get(i).merge(kind(event), 1, Integer::sum);
                    handlers.get(i).merge(handler(event), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < phases.size(); i++) {
            Map<String, Integer> phase = counts.get(i);
            int total = phase.values().stream().mapToInt(Integer::intValue).sum();
            sb.append("\nShare of the shop's samples, phase ").append(phases.get(i)[0]).append(" (").append(total)
                    .append(" samples)\n\n| What the thread was doing | Share |\n|---|---|\n");
            shares(sb, phase, total, Integer.MAX_VALUE);
            sb.append("\nThe same samples by the handler they ran under (the outermost frame of the plugins' or the"
                    + " demo shop's code; none: the request stack before or after it, and the page rendering)\n\n"
                    + "| Handler | Share |\n|---|---|\n");
            shares(sb, handlers.get(i), total, 14);
        }
        System.out.print(sb);
    }

    static void shares(StringBuilder sb, Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit).forEach(e -> sb
                .append("| ").append(e.getKey()).append(" | ").append(String.format(Locale.ROOT, "%.0f %%",
                        100.0 * e.getValue() / Math.max(1, total))).append(" |\n"));
    }

    /**
     * The outermost method of the plugins' or the demo shop's code on the stack, as Class.method (a lambda as its
     * class), or what the thread was doing when it ran none of it.
     */
    static String handler(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        String outer = null;
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("dev.vippsmp.")) {
                    int lambda = type.indexOf("$$Lambda");
                    String named = lambda >= 0 ? type.substring(0, lambda) : type;
                    String simple = named.substring(named.lastIndexOf('.') + 1);
                    outer = lambda >= 0 ? simple + " (a task of its)"
                            : simple.replaceAll("\\$\\$SpringCGLIB\\$\\$\\d+", "") + "." + frame.getMethod().getName();
                }
            }
        }
        return outer != null ? outer : "none: " + kind(event);
    }

    static String kind(RecordedEvent event) {
        String thread = event.getThread() == null ? "" : String.valueOf(event.getThread().getJavaName());
        if (thread.startsWith("vipps-webhooks-")) {
            return "Webhook processing on the plugin's threads (claim, completion with the order update and capture,"
                    + " finish)";
        }
        if (thread.startsWith("vipps-jobs-")) {
            return "The plugin's jobs (reconciler, sweeps)";
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null) {
            return "No stack";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String[]> kind : KINDS.entrySet()) {
                for (String p : kind.getValue()) {
                    if (type.startsWith(p)) {
                        return kind.getKey();
                    }
                }
            }
        }
        return "JDK and the rest";
    }
}
