package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.SimulatorDirectory;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A pid file the launcher or a server wrote: the pid it holds, if that process is alive. */
final class PidFile {

    private PidFile() {
    }

    static OptionalLong livePid(Path file) {
        return SimulatorDirectory.read(file).stream()
                .mapToLong(PidFile::parse)
                .filter(pid -> pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .findFirst();
    }

    private static long parse(String content) {
        try {
            return Long.parseLong(content.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
