package org.skupperdesigner.exporters.kube;

import org.skupperdesigner.exporters.system.SystemSiteActivator;

/** The step that makes Skupper load a system-mode site's input (or tells the user what to run). */
public final class SystemActivation {

    private SystemActivation() {
    }

    public static StepAction of(SiteEndpoint site, SystemSiteActivator activator) {
        return ctx -> {
            if (ctx.dryRun()) {
                ctx.progress("dry run: would run " + activator.commandLine(site.site()));
                return;
            }
            SystemSiteActivator.Outcome outcome = activator.activate(site.site(), ctx.options().systemTimeout());
            ctx.progress(outcome.message());
            if (!outcome.ran()) {
                ctx.followUp(outcome.followUp());
            } else if (!outcome.ok()) {
                throw new StepFailedException(outcome.message());
            }
        };
    }
}
