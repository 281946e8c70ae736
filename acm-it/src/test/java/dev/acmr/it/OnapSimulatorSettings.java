package dev.acmr.it;

/** ONAP's simulator settings files (PUT /parameters), each with the Robot keyword that sends it. */
enum OnapSimulatorSettings {
    SUCCESS("SetParticipantSimSuccess", "SettingSimPropertiesSuccess.json"),
    FAIL("SetParticipantSimFail", "SettingSimPropertiesFail.json"),
    DELAY("SetParticipantSimDelay", "SettingSimPropertiesDelay.json"),
    TIMEOUT("SetParticipantSimTimeout", "SettingSimPropertiesTimeout.json");

    final String keyword;
    final String file;

    OnapSimulatorSettings(String keyword, String file) {
        this.keyword = keyword;
        this.file = file;
    }
}
