package org.skupperdesigner.exporters.bundle;

import java.util.List;

import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.plan.SiteOrder;
import org.skupperdesigner.model.network.NetworkSite;

/** The export's {@code README.md}: what is where, in which order to apply it, and which files are sensitive. */
public final class BundleReadme {

    public String render(DesiredNetwork network, List<SiteBundle> bundles) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(network.network().name()).append("\n\n")
                .append("Skupper v2 resources exported by Skupper Designer; links use **")
                .append(network.network().linkMode().id()).append("**.\n\n")
                .append("| Site | Platform | Namespace | Target |\n| --- | --- | --- | --- |\n");
        for (DesiredSite site : network.sites()) {
            NetworkSite s = site.site();
            String target = s.target().context() != null ? "context " + s.target().context()
                    : s.target().host() != null ? "host " + s.target().host() : "-";
            md.append("| ").append(s.name()).append(" | ").append(s.platform().id()).append(" | ")
                    .append(s.namespace()).append(" | ").append(target).append(" |\n");
        }
        md.append("\n## Apply, in this order\n\n")
                .append("Sites that accept links first (they must be Ready before others can link to them).\n\n");
        int step = 1;
        for (NetworkSite s : SiteOrder.acceptingFirst(network.network())) {
            String folder = s.name();
            md.append(step++).append(". `");
            if (s.platform().isKubernetes()) {
                md.append("kubectl ").append(ShellWords.kubeTarget(s)).append(" apply -k ").append(folder);
            } else {
                md.append("skupper system apply -f ").append(folder).append('/').append(folder).append(".yaml ")
                        .append(ShellWords.systemTarget(s)).append(" && skupper system reload ")
                        .append(ShellWords.systemTarget(s));
            }
            md.append("`\n");
        }
        if (!network.exchanges().isEmpty()) {
            md.append(step).append(". `./link-sites.sh` — completes the AccessTokens in `*/pending/` from the ")
                    .append("status of their AccessGrants and applies them (what `skupper-designer apply` does).\n");
        }
        md.append("\nOr let Skupper Designer do all of it and wait for each step: ")
                .append("`skupper-designer apply <design>`.\n");
        List<String> sensitive = bundles.stream().flatMap(b -> b.files().stream()).filter(BundleFile::sensitive)
                .map(BundleFile::path).toList();
        if (!sensitive.isEmpty()) {
            md.append("\n## Sensitive files\n\nThese hold private keys, are readable by their owner only and must ")
                    .append("not be committed unencrypted or shared:\n\n");
            sensitive.forEach(p -> md.append("- `").append(p).append("`\n"));
        }
        md.append("\n## Open it again as a design\n\n`skupper-designer import <this folder> -o design.yaml`\n");
        return md.toString();
    }
}
