package dev.acmr.participant.models.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A list of instances, as ONAP's AutomationCompositions: {@code {"automationCompositionList": [...]}} in JSON. */
public class AutomationCompositions {

    private List<AutomationComposition> automationCompositionList = new ArrayList<>();

    public AutomationCompositions() {
    }

    public AutomationCompositions(List<AutomationComposition> automationCompositionList) {
        this.automationCompositionList = automationCompositionList;
    }

    /** A deep copy. */
    public AutomationCompositions(AutomationCompositions other) {
        this.automationCompositionList = other.automationCompositionList == null ? null
                : new ArrayList<>(other.automationCompositionList.stream().map(AutomationComposition::new).toList());
    }

    public List<AutomationComposition> getAutomationCompositionList() {
        return automationCompositionList;
    }

    public void setAutomationCompositionList(List<AutomationComposition> automationCompositionList) {
        this.automationCompositionList = automationCompositionList;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutomationCompositions that
                && Objects.equals(automationCompositionList, that.automationCompositionList);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(automationCompositionList);
    }

    @Override
    public String toString() {
        return "AutomationCompositions{automationCompositionList=" + automationCompositionList + '}';
    }
}
