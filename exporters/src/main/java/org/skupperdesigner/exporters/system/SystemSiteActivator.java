package org.skupperdesigner.exporters.system;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;

/**
 * Makes Skupper pick up a system-mode site's input: {@code skupper system reload} when the namespace has run
 * before, {@code skupper system start} the first time. Without the {@code skupper} command it says exactly what to
 * run instead.
 */
public final class SystemSiteActivator {

    private final SkupperCommand skupper;
    private final SystemNamespaceLayout layout;

    public SystemSiteActivator(SkupperCommand skupper, SystemNamespaceLayout layout) {
        this.skupper = skupper;
        this.layout = layout;
    }

    /**
     * @param ran      whether the skupper command was run
     * @param ok       the command succeeded (false when it failed or was not run)
     * @param message  what happened, or what to run
     * @param followUp the command line the user must run themselves, or null
     */
    public record Outcome(boolean ran, boolean ok, String message, String followUp) {
    }

    public List<String> arguments(NetworkSite site) {
        boolean started = Files.isDirectory(layout.runtime(site.namespace()));
        List<String> args = new ArrayList<>(List.of("system", started ? "reload" : "start"));
        args.addAll(List.of("--platform", site.platform().id(), "--namespace", site.namespace()));
        return args;
    }

    public String commandLine(NetworkSite site) {
        return "skupper " + String.join(" ", arguments(site));
    }

    public Outcome activate(NetworkSite site, Duration timeout) {
        String command = commandLine(site);
        if (!skupper.installed()) {
            return new Outcome(false, false, "site " + site.name() + ": the skupper command is not installed here; "
                    + "the input files are in place, now run: " + command, command);
        }
        SkupperCommand.Result result = skupper.run(arguments(site), timeout);
        if (result.succeeded()) {
            return new Outcome(true, true, "site " + site.name() + ": " + command + " succeeded", null);
        }
        return new Outcome(true, false, "site " + site.name() + ": " + command + " failed (exit " + result.exitCode()
                + "): " + result.output() + ". If Skupper was never set up on this host for "
                + site.platform().id() + ", run 'skupper system install --platform " + site.platform().id()
                + "' first, then: " + command, command);
    }
}
