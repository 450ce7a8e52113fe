package org.liangxiang.shared.scheduling;

import org.springframework.stereotype.Component;

/**
 * The node's deferred jobs (the notices' rendering, the evidence reports, the inbox's notices to accounts): their
 * pacings read the one {@link MachineLoad} and share one {@link DeferredWorkPacing.BusyClock}, so that while the
 * machine is busy the jobs together take at most the busy share of one core (each at 0.1 by default: a tenth of a core
 * in all, not a tenth each), and each job its own share while there is room.
 */
@Component
public class DeferredWork {

    private final MachineLoad machineLoad;
    private final DeferredWorkPacing.BusyClock busyClock = new DeferredWorkPacing.BusyClock();

    public DeferredWork(MachineLoad machineLoad) {
        this.machineLoad = machineLoad;
    }

    /** A job's pacing on this node's clock ({@code prefix} names the job's properties in a refusal). */
    public DeferredWorkPacing pacing(String prefix, double share, double busyShare, double busyLoad) {
        return new DeferredWorkPacing(prefix, share, busyShare, busyLoad, machineLoad::latest, busyClock);
    }
}
