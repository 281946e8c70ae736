package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may talk to the broker, and as whom: OpenMQ's guest user and a wrong password cannot connect, and a client with
 * participant A's broker login (the launcher's, under {@code .acm/broker/}) that registers a replica claiming to be
 * participant B is refused by the runtime (counted in {@code acm_messages_refused_total}), while the same register
 * claiming A is taken: B's replicas stay as they were.
 */
class BrokerAuthenticationIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUEUE = "AcmRuntimeInbound";
    private static final String PARTICIPANT_A = Stack.DEFAULT_PARTICIPANT;
    private static final String SIM_TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static boolean startedSim2;

    @BeforeAll
    static void secondParticipantRuns() {
        startedSim2 = !Stack.running(Stack.OnapSimulator.SIM_2.participantId(), 1);
        Stack.ensureSimulator(Stack.OnapSimulator.SIM_2, 1);
    }

    @AfterAll
    static void stopTheSecondParticipantIfStartedHere() {
        if (startedSim2) {
            Stack.stopSimulator(Stack.OnapSimulator.SIM_2);
        }
    }

    @Test
    void guestCannotConnect() {
        assertThrows(JMSSecurityException.class, () -> connect("guest", "guest").close());
    }

    @Test
    void aWrongPasswordCannotConnect() {
        String user = brokerUser(PARTICIPANT_A);
        assertThrows(JMSSecurityException.class, () -> connect(user, brokerPassword(user) + "x").close());
    }

    @Test
    void aParticipantsLoginCannotRegisterAsAnotherParticipant() throws JMSException {
        String participantB = Stack.OnapSimulator.SIM_2.participantId();
        RuntimeClient node = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
        Set<String> replicasOfB = replicaIds(node, participantB);
        double refusedBefore = refusedRegisters();
        String forged = UUID.randomUUID().toString();
        String control = UUID.randomUUID().toString();

        String userA = brokerUser(PARTICIPANT_A);
        try (Connection connection = connect(userA, brokerPassword(userA))) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            producer.send(register(session, participantB, forged));
            producer.send(register(session, PARTICIPANT_A, control));
            producer.send(deregister(session, PARTICIPANT_A, control));
        }

        Eventually.value(BrokerAuthenticationIT::refusedRegisters, refused -> refused > refusedBefore,
                "the register claiming participant B refused", WAIT);
        for (String url : Stack.runtimeUrls()) {
            Set<String> now = replicaIds(RuntimeClient.authenticated(url), participantB);
            assertFalse(now.contains(forged), url + " took a replica registered for B with A's login: " + now);
            assertFalse(now.size() > replicasOfB.size(), url + " lists more replicas of B than before: " + now);
        }
    }

    private static TextMessage register(Session session, String participant, String replica) throws JMSException {
        JsonObject body = Json.createObjectBuilder()
                .add("messageId", UUID.randomUUID().toString())
                .add("timestamp", Instant.now().toString())
                .add("participantId", participant)
                .add("replicaId", replica)
                .add("supportedElementTypes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("typeName", SIM_TYPE).add("typeVersion", "1.0.0")))
                .add("incarnation", UUID.randomUUID().toString())
                .build();
        return message(session, "PARTICIPANT_REGISTER", participant, replica, body);
    }

    private static TextMessage deregister(Session session, String participant, String replica) throws JMSException {
        JsonObject body = Json.createObjectBuilder()
                .add("messageId", UUID.randomUUID().toString())
                .add("timestamp", Instant.now().toString())
                .add("participantId", participant)
                .add("replicaId", replica)
                .build();
        return message(session, "PARTICIPANT_DEREGISTER", participant, replica, body);
    }

    private static TextMessage message(Session session, String type, String participant, String replica,
            JsonObject body) throws JMSException {
        TextMessage message = session.createTextMessage(body.toString());
        message.setStringProperty("messageType", type);
        message.setStringProperty("participantId", participant);
        message.setStringProperty("replicaId", replica);
        return message;
    }

    /** Refused registers over every node (a node that does not answer counts nothing). */
    private static double refusedRegisters() {
        double total = 0;
        for (String url : Stack.runtimeUrls()) {
            String text = Http.getText(url + "/metrics?scope=application");
            if (text != null) {
                total += PrometheusText.parse(text).sum("acm_messages_refused_total",
                        sample -> sample.has("type", "PARTICIPANT_REGISTER"));
            }
        }
        return total;
    }

    private static Set<String> replicaIds(RuntimeClient node, String participant) {
        HttpResponse<String> response = node.get("/participants/" + participant);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /participants/" + participant + " answered " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonObject("participant").getJsonObject("replicas").keySet();
        }
    }

    /** A participant's broker user, as the launcher names it. */
    private static String brokerUser(String participant) {
        return "participant-" + participant;
    }

    /** A broker user's password, from the launcher's private credential file. */
    private static String brokerPassword(String user) {
        Path file = Stack.acmHome().resolve("broker").resolve(user + ".password");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no broker credentials for " + user + " at " + file, e);
        }
    }

    /**
     * A connection to the stack's broker as {@code user}. OpenMQ's client is on the test class path only at run time
     * (failsafe's additional class path), so its factory is made by name.
     */
    private static Connection connect(String user, String password) throws JMSException {
        try {
            Class<?> type = Class.forName("com.sun.messaging.ConnectionFactory");
            Object factory = type.getConstructor().newInstance();
            Method set = type.getMethod("setProperty", String.class, String.class);
            set.invoke(factory, "imqAddressList", Stack.view().broker().url().replaceFirst("^mq://", ""));
            set.invoke(factory, "imqReconnectEnabled", "false");
            set.invoke(factory, "imqSetJMSXUserID", "true");
            return ((ConnectionFactory) factory).createConnection(user, password);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof JMSException jms) {
                throw jms;
            }
            throw new AssertionError("cannot configure OpenMQ's connection factory", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("OpenMQ's client (imq.jar) is not on the class path", e);
        }
    }
}
