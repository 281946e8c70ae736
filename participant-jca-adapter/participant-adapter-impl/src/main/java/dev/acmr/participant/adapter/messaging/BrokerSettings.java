package dev.acmr.participant.adapter.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the broker is and how to log in: the resource adapter's configuration, resolved.
 *
 * @param addressList an OpenMQ {@code imqAddressList}, e.g. {@code 127.0.0.1:7676} or {@code mq://host:7676/,...}
 * @param reconnectInterval the pause between connection attempts, OpenMQ's and the adapter's own
 */
public record BrokerSettings(String addressList, String user, String password, Duration reconnectInterval) {

    public BrokerSettings {
        Objects.requireNonNull(addressList, "addressList");
        Objects.requireNonNull(reconnectInterval, "reconnectInterval");
        if (addressList.isBlank()) {
            throw new IllegalArgumentException("broker address list is empty");
        }
        if (reconnectInterval.isZero() || reconnectInterval.isNegative()) {
            throw new IllegalArgumentException("reconnect interval must be positive");
        }
    }

    @Override
    public String toString() {
        // Never print the password.
        return "BrokerSettings[addressList=" + addressList + ", user=" + user + ", reconnectInterval="
                + reconnectInterval.toMillis() + "ms]";
    }
}
