package org.liangxiang.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the CPU went during a measured window (Linux): the JVM's threads grouped by their name's family (digits
 * dropped), the JIT compiler, the embedded PostgreSQL's processes ({@link CpuTime}) and the whole machine, from
 * {@link ThreadMXBean} and {@code /proc}. The measured workers' own CPU comes
 * from {@link Concurrently.Result#workerCpuSeconds()}: their threads end with the window.
 */
final class CpuShares {

    /** The clock ticks per second of {@code /proc/<pid>/stat} and {@code /proc/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final String dataDirectory;

    CpuShares(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** cpu: the JVM's and PostgreSQL's CPU seconds so far ({@link CpuTime}). */
    record Snapshot(
            Map<String, Long> jvmNanos,
            long compilerMillis,
            Map<String, Long> nativeTicks,
            Map<String, Long> postgresTicks,
            CpuTime cpu,
            long machineBusyTicks) {}

    Snapshot take() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> jvm = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                jvm.merge(family(info.getThreadName()), cpu, Long::sum);
            }
        }
        long compiler = Math.round(compilerSeconds() * 1e3);
        return new Snapshot(
                jvm, compiler, nativeThreadTicks(), postgresTicks(), CpuTime.now(dataDirectory), machineBusyTicks());
    }

    /** One line: core-seconds of each part between the snapshots, and per operation where it is the window's work. */
    String since(Snapshot before, Concurrently.Result window) {
        Snapshot now = take();
        double seconds = window.seconds();
        long operations = Math.max(1, window.succeeded());
        Map<String, Double> parts = new TreeMap<>();
        now.jvmNanos().forEach((family, nanos) -> {
            double delta = (nanos - before.jvmNanos().getOrDefault(family, 0L)) / 1e9;
            if (delta >= 0.05) {
                parts.put(family, delta);
            }
        });
        double postgres = now.cpu().since(before.cpu()).postgres();
        double machine = (now.machineBusyTicks() - before.machineBusyTicks()) / TICKS;
        StringBuilder line = new StringBuilder("CPU in the %.1f s window (core-seconds): machine busy %.1f of %.1f;"
                .formatted(seconds, machine, seconds * Runtime.getRuntime().availableProcessors()));
        line.append(" measured workers %.2f (%.2f ms an operation);"
                .formatted(window.workerCpuSeconds(), window.workerCpuSeconds() * 1e3 / operations));
        line.append(" PostgreSQL %.2f (%.2f ms an operation);".formatted(postgres, postgres * 1e3 / operations));
        line.append(" PostgreSQL's processes:");
        new TreeMap<>(now.postgresTicks()).forEach((kind, ticks) -> {
            double delta = (ticks - before.postgresTicks().getOrDefault(kind, 0L)) / TICKS;
            if (delta >= 0.01) {
                line.append(" %s %.2f,".formatted(kind, delta));
            }
        });
        line.setLength(line.length() - 1);
        line.append(";");
        line.append(" JIT compiler (wall) %.2f;".formatted((now.compilerMillis() - before.compilerMillis()) / 1e3));
        now.nativeTicks().forEach((family, ticks) -> {
            double delta = (ticks - before.nativeTicks().getOrDefault(family, 0L)) / TICKS;
            if (delta >= 0.05) {
                parts.put(family + " (CPU)", delta);
            }
        });
        parts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> line.append(" %s %.2f;".formatted(e.getKey(), e.getValue())));
        return line.toString();
    }

    /** The CPU seconds of the JIT compiler's threads (C1, C2) and of the collector and VM thread since {@code before}. */
    String nativeSince(Snapshot before) {
        Map<String, Long> now = nativeThreadTicks();
        StringBuilder line = new StringBuilder();
        new TreeMap<>(now)
                .forEach((family, ticks) -> line.append(" %s %.2f;"
                        .formatted(family, (ticks - before.nativeTicks().getOrDefault(family, 0L)) / TICKS)));
        return line.toString().trim();
    }

    /** The JIT compiler's time so far (wall-clock seconds of its threads, summed). */
    static double compilerSeconds() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
    }

    /**
     * The CPU ticks of the JVM's own threads that {@link ThreadMXBean} does not list: the JIT compiler's (C1, C2), the
     * garbage collector's and the VM thread, from {@code /proc/self/task/<tid>/stat}, by family; empty elsewhere.
     */
    private static Map<String, Long> nativeThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String family = name.startsWith("C1 Compiler")
                            ? "JIT C1"
                            : name.startsWith("C2 Compiler")
                                    ? "JIT C2"
                                    : name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")
                                            ? "GC and VM"
                                            : null;
                    if (family != null) {
                        String[] fields = stat.substring(close + 2).split(" ");
                        // after the name: state is field 3 of stat; utime and stime are fields 14 and 15
                        ticks.merge(family, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended between the listing and the read
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /**
     * The CPU ticks of the embedded PostgreSQL's live processes by kind (from the title each sets in its command line:
     * the sessions' backends, autovacuum workers, the WAL writer, the checkpointer...) and of its children already
     * ended (the postmaster's reaped children's ticks); empty elsewhere.
     */
    private Map<String, Long> postgresTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try {
            String postmaster = Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"))
                    .get(0)
                    .trim();
            try (var processes = Files.list(Path.of("/proc"))) {
                processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .forEach(p -> {
                            try {
                                String stat = Files.readString(p.resolve("stat"));
                                String[] f = stat.substring(stat.lastIndexOf(')') + 2)
                                        .split(" ");
                                if (p.getFileName().toString().equals(postmaster)) {
                                    ticks.merge("postmaster", Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                                    ticks.merge("ended", Long.parseLong(f[13]) + Long.parseLong(f[14]), Long::sum);
                                } else if (f[1].equals(postmaster)) {
                                    String title = Files.readString(p.resolve("cmdline"))
                                            .replace('\0', ' ')
                                            .trim();
                                    ticks.merge(kind(title), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                                }
                            } catch (IOException | RuntimeException e) {
                                // a process that ended between the listing and the read
                            }
                        });
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** "postgres: autovacuum worker ..." -> "autovacuum worker"; a session's backend -> "sessions". */
    private static String kind(String title) {
        String rest = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
        for (String known : new String[] {
            "autovacuum worker",
            "autovacuum launcher",
            "walwriter",
            "checkpointer",
            "background writer",
            "logical replication launcher",
            "stats collector",
            "archiver",
            "walsummarizer"
        }) {
            if (rest.startsWith(known)) {
                return known;
            }
        }
        return "sessions";
    }

    private static String family(String threadName) {
        return threadName.replaceAll("[0-9]+", "N");
    }

    private static long machineBusyTicks() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
