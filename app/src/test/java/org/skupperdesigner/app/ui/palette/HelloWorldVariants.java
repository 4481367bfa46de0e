package org.skupperdesigner.app.ui.palette;

import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;

/** The hello-world template with a change to west's listener: the usual way to give tests a finding to show. */
public final class HelloWorldVariants {

    private HelloWorldVariants() {
    }

    public static Network withWestListener(UnaryOperator<ListenerSpec> change) {
        return DesignTemplate.HELLO_WORLD.build().updateSite("west", s -> s.resourcesOf(Listener.class).findFirst()
                .map(l -> s.replacing(l, l.withSpec(change.apply(l.spec())))).orElseThrow());
    }
}
