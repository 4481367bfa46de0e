package org.skupperdesigner.exporters.kube;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.skupperdesigner.exporters.plan.ResourceRef;

/** A step that waits for objects to reach a state, all within the step's timeout. */
public final class Awaits {

    /**
     * One thing to wait for.
     *
     * @param site  where it is
     * @param ref   the object
     * @param what  how to name it in messages
     * @param check its readiness
     */
    public record Target(SiteEndpoint site, ResourceRef ref, String what,
                         Function<Map<String, Object>, Readiness.Verdict> check) {
    }

    private Awaits() {
    }

    public static StepAction all(List<Target> targets, Duration timeout) {
        return ctx -> {
            if (ctx.dryRun()) {
                ctx.progress("dry run: not waiting");
                return;
            }
            Instant deadline = Instant.now().plus(timeout);
            for (Target t : targets) {
                ctx.await(t.what(), () -> t.site().store().get(t.ref()), t.check(),
                        TokenActions.remaining(deadline));
                ctx.progress(t.what() + ": done");
            }
        };
    }
}
