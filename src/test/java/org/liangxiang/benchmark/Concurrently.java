package org.liangxiang.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs the same number of operations on each of some threads, started together; the rate of those that succeeded. */
final class Concurrently {

    /** One operation of a worker; true when it succeeded. */
    @FunctionalInterface
    interface Operation {
        boolean run(int worker, int index) throws Exception;
    }

    /** workerCpuSeconds: the CPU the workers' threads used, summed (ThreadMXBean). */
    record Result(long succeeded, long failed, double seconds, double workerCpuSeconds) {

        double perSecond() {
            return succeeded / seconds;
        }
    }

    private Concurrently() {}

    static Result run(int workers, int perWorker, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    start.await();
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < perWorker; i++) {
                        try {
                            (operation.run(worker, i) ? ok : failed).incrementAndGet();
                        } catch (Exception e) {
                            // the first few failures are printed: a failed operation must never pass unexplained
                            if (failed.incrementAndGet() <= 5) {
                                System.out.println(
                                        "[benchmark] operation " + i + " of worker " + worker + " failed: " + e);
                                e.printStackTrace(System.out);
                            }
                        }
                    }
                    cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            return new Result(ok.get(), failed.get(), (System.nanoTime() - began) / 1e9, cpuNanos.get() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
