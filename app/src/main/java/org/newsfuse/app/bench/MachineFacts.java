package org.newsfuse.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The facts about the machine and JVM that a benchmark figure means nothing without. */
public record MachineFacts(int cores, long maxHeapMb, String jvm, String os, String arch,
                           double loadAverage) {
  static MachineFacts current() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return new MachineFacts(Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"), os.getSystemLoadAverage());
  }

  String oneLine() {
    return String.format(java.util.Locale.ROOT,
        "machine: %d cores, max heap %d MB, %s, %s/%s, load average %.2f at start",
        cores, maxHeapMb, jvm, os, arch, loadAverage);
  }
}
