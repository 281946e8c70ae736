package dev.acmr.simulator.config;

/**
 * How the simulator answers one operation: whether it succeeds, and after how many milliseconds.
 *
 * @param timerMs the delay before the outcome is reported, at least 0
 */
public record OperationSetting(boolean success, int timerMs) {

    OperationSetting withSuccess(boolean newSuccess) {
        return new OperationSetting(newSuccess, timerMs);
    }

    OperationSetting withTimerMs(int newTimerMs) {
        return new OperationSetting(success, newTimerMs);
    }
}
