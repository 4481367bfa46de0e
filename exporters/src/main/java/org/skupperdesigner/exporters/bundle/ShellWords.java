package org.skupperdesigner.exporters.bundle;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.network.NetworkSite;

/** Small helpers for the shell scripts an export writes. */
public final class ShellWords {

    private ShellWords() {
    }

    /** Single-quotes a word unless it is plainly safe. */
    public static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./:=@%+-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** {@code --context C --namespace N} for kubectl and the skupper CLI on a Kubernetes site. */
    public static String kubeTarget(NetworkSite site) {
        List<String> words = new ArrayList<>();
        if (site.target().context() != null) {
            words.add("--context " + quote(site.target().context()));
        }
        words.add("--namespace " + quote(site.namespace()));
        return String.join(" ", words);
    }

    /** {@code --platform P --namespace N} for the skupper CLI on a system site. */
    public static String systemTarget(NetworkSite site) {
        return "--platform " + site.platform().id() + " --namespace " + quote(site.namespace());
    }
}
