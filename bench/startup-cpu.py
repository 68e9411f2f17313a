#!/usr/bin/env python3
"""Start-up cost of whole processes as CPU time, for a shared, loaded machine (docs/benchmarks.md, "Start-up").

    bench/startup-cpu.py RUNS COMMAND...

Runs the commands in turn, RUNS times each after 10 warm-up rounds, interleaved (A B C A B C ...) so that a change of
load during the run touches every command alike, with standard output and error to /dev/null. Prints per command the
median and mean CPU time of the process (user + system, from wait4) and the median and minimum wall time. Under load
the wall time includes waiting for a core; the CPU time does not, though it still grows somewhat with load (caches,
frequency), so compare commands of the same run (ratios), not figures of different runs.
"""
import os
import shlex
import statistics
import sys
import time


def main() -> None:
    runs = int(sys.argv[1])
    commands = sys.argv[2:]
    argvs = [shlex.split(c) for c in commands]
    null = os.open(os.devnull, os.O_RDWR)
    samples = [[] for _ in argvs]
    for round_ in range(runs + 10):
        for i, argv in enumerate(argvs):
            start = time.perf_counter()
            pid = os.posix_spawnp(argv[0], argv, os.environ,
                                  file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
            _, _, usage = os.wait4(pid, 0)
            wall = time.perf_counter() - start
            if round_ >= 10:
                samples[i].append(((usage.ru_utime + usage.ru_stime) * 1000, wall * 1000))
    print(f"{'CPU median':>11} {'CPU mean':>9} {'wall median':>12} {'wall min':>9}  command")
    for command, s in zip(commands, samples):
        cpu = [c for c, _ in s]
        wall = [w for _, w in s]
        print(f"{statistics.median(cpu):8.2f} ms {statistics.mean(cpu):6.2f} ms {statistics.median(wall):9.2f} ms "
              f"{min(wall):6.2f} ms  {command}")


if __name__ == "__main__":
    main()
