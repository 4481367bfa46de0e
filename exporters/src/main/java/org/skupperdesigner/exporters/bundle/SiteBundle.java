package org.skupperdesigner.exporters.bundle;

import java.util.List;

import org.skupperdesigner.model.network.Platform;

/** The files of one site's output folder. */
public record SiteBundle(String siteId, String siteName, Platform platform, List<BundleFile> files) {

    public SiteBundle {
        files = List.copyOf(files);
    }

    /** The folder (relative to the output folder) holding this site's files. */
    public String folder() {
        return siteName;
    }

    /** The combined multi-document file, relative to the output folder. */
    public String combinedFile() {
        return folder() + "/" + siteName + ".yaml";
    }
}
