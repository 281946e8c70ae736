package dev.acmr.bench.process;

import java.util.OptionalLong;

/** Pure parsers of the /proc files the sampler reads (proc(5)); they throw nothing, answering empty on garbage. */
public final class ProcParsers {

    /** Fields of /proc/PID/stat, counted from 1 as proc(5) does. */
    private static final int UTIME = 14;
    private static final int STIME = 15;
    private static final int CUTIME = 16;
    private static final int CSTIME = 17;
    private static final int STARTTIME = 22;

    private ProcParsers() {
    }

    /** The stat fields after the command name, which is in parentheses and may itself hold spaces and ')'. */
    static String[] statFields(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return new String[0];
        }
        return stat.substring(end + 1).trim().split("\\s+");
    }

    /** utime + stime (+ cutime + cstime when {@code withReapedChildren}), in clock ticks. */
    public static OptionalLong cpuTicks(String stat, boolean withReapedChildren) {
        String[] fields = statFields(stat);
        long ticks = field(fields, UTIME) + field(fields, STIME);
        if (withReapedChildren) {
            ticks += field(fields, CUTIME) + field(fields, CSTIME);
        }
        return ticks < 0 ? OptionalLong.empty() : OptionalLong.of(ticks);
    }

    /** When the process started, in clock ticks after boot. */
    public static OptionalLong startTicks(String stat) {
        long start = field(statFields(stat), STARTTIME);
        return start < 0 ? OptionalLong.empty() : OptionalLong.of(start);
    }

    // Field n of proc(5) is index n - 3 after the name (pid and comm come first); -huge when absent, so sums stay < 0.
    private static long field(String[] fields, int number) {
        int index = number - 3;
        if (index >= fields.length) {
            return Long.MIN_VALUE / 4;
        }
        try {
            return Long.parseLong(fields[index]);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE / 4;
        }
    }

    /** A "Key:   123 kB" line's number (VmRSS of /proc/PID/status, Pss of smaps_rollup), in KiB. */
    public static OptionalLong kib(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key + ":")) {
                String digits = line.substring(key.length() + 1).replaceAll("[^0-9]", "");
                return digits.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
            }
        }
        return OptionalLong.empty();
    }

    /** The system's uptime in seconds, the first number of /proc/uptime. */
    public static double uptimeSeconds(String uptime) {
        try {
            return Double.parseDouble(uptime.trim().split("\\s+")[0]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Double.NaN;
        }
    }

    /** The clock ticks per second {@code getconf CLK_TCK} printed; 100 (Linux's usual USER_HZ) when it said nothing. */
    public static int ticksPerSecond(String getconf) {
        try {
            int ticks = Integer.parseInt(getconf.trim());
            return ticks > 0 ? ticks : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
