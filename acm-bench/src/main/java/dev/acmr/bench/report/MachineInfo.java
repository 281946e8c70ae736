package dev.acmr.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine the benchmark ran on: cores (nproc), memory (/proc/meminfo), CPU model (/proc/cpuinfo), OS, Java. */
public record MachineInfo(String cores, String memory, String cpuModel, String os, String java) {

    public static MachineInfo detect() {
        return new MachineInfo(command("nproc"), readMemory(), readCpuModel(), command("uname", "-srm"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    public String describe() {
        return cores + " cores (" + cpuModel + "), " + memory + " memory, " + os + ", " + java;
    }

    private static String readMemory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String readCpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The first line a command prints, or "unknown". */
    public static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 && !out.isEmpty() ? out.lines().findFirst().orElse("unknown") : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
