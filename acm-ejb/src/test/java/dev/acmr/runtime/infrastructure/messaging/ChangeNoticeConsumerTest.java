package dev.acmr.runtime.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.MessageHeaders;
import dev.acmr.runtime.monitoring.live.ChangeEvents;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeNoticeConsumerTest {

    @Test
    void theSelectorListsExactlyTheMessageTypesThatTellOfAChange() {
        String prefix = MessageHeaders.MESSAGE_TYPE + " IN (";
        String selector = ChangeNoticeConsumer.SELECTOR;
        assertEquals(prefix, selector.substring(0, prefix.length()));
        Set<String> selected = Arrays.stream(selector.substring(prefix.length(), selector.length() - 1).split(","))
                .map(String::strip).map(quoted -> quoted.substring(1, quoted.length() - 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ChangeEvents.TYPES.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                selected);
    }
}
