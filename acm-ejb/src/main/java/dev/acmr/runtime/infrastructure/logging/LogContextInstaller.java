package dev.acmr.runtime.infrastructure.logging;

import dev.acmr.messages.logging.LogContextHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Attaches the log context handler when the application starts and takes it off when it stops, so that a redeployed
 * application leaves no handler of its old class loader on the server's {@code dev.acmr} logger.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LogContextInstaller {

    private LogContextHandler handler;

    @PostConstruct
    void install() {
        handler = LogContextHandler.install();
    }

    @PreDestroy
    void uninstall() {
        if (handler != null) {
            handler.uninstall();
        }
    }
}
