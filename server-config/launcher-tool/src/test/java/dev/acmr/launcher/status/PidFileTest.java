package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path directory;

    @Test
    void thePidOfALiveProcess() throws IOException {
        long self = ProcessHandle.current().pid();
        assertEquals(OptionalLong.of(self), PidFile.livePid(Files.writeString(directory.resolve("pid"), self + "\n")));
    }

    @Test
    void nothingForAMissingFileGarbageOrAProcessThatEnded() throws IOException, InterruptedException {
        assertEquals(OptionalLong.empty(), PidFile.livePid(directory.resolve("pid")));
        assertEquals(OptionalLong.empty(), PidFile.livePid(Files.writeString(directory.resolve("garbage"), "abc\n")));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertEquals(OptionalLong.empty(), PidFile.livePid(Files.writeString(directory.resolve("ended"),
                Long.toString(ended.pid()))));
    }
}
