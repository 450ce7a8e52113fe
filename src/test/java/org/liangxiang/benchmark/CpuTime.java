package org.liangxiang.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent by this JVM and by the embedded PostgreSQL of the data directory (the postmaster, its live
 * children and the children it has reaped), read from {@code /proc}: what one measured window cost the machine,
 * whatever else ran beside it. Linux only; elsewhere the figures are zero.
 */
record CpuTime(java.time.Instant at, double jvm, double postgres) {

    private static final double TICKS = 100.0; // USER_HZ: getconf CLK_TCK

    /** The CPU seconds used so far. */
    static CpuTime now(String dataDirectory) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        return new CpuTime(java.time.Instant.now(), jvm, postgres(Path.of(dataDirectory, "postmaster.pid")));
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(start.at, jvm - start.jvm, postgres - start.postgres);
    }

    /** The CPU milliseconds per operation, of both and of each, for {@code count} operations. */
    String per(long count) {
        return "%.2f ms CPU per operation (JVM %.2f, PostgreSQL %.2f; %.1f s and %.1f s in all)"
                .formatted(1000 * (jvm + postgres) / count, 1000 * jvm / count, 1000 * postgres / count, jvm, postgres);
    }

    private static double postgres(Path pidFile) {
        try {
            String postmaster = Files.readAllLines(pidFile).get(0).trim();
            double ticks = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    ticks += ticks(p, postmaster);
                }
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double ticks(Path process, String postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            boolean self = process.getFileName().toString().equals(postmaster);
            if (self) {
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return f[1].equals(postmaster) ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
