package org.skupperdesigner.simulator.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test through JUnit's extension auto-detection: installs the recording leak
 * detector before any Netty buffer exists and fails a test when a leak report appears after it.
 */
public final class FailOnLeakExtension implements AfterEachCallback {
    static {
        LeakReports.install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> reports = LeakReports.collect();
        if (!reports.isEmpty()) {
            throw new AssertionError("Netty reported " + reports.size() + " leak(s) after "
                    + context.getDisplayName() + ":\n" + String.join("\n", reports));
        }
    }
}
