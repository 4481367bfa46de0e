package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code skupper-designer version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version and what it supports.")
public final class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("skupper-designer " + version());
        spec.commandLine().getOut().println("Skupper API skupper.io/v2alpha1; design format skupperdesigner.org/v1");
        spec.commandLine().getOut().println("Java " + System.getProperty("java.version"));
        return 0;
    }

    public static String version() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("/org/skupperdesigner/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Answers {@code --version} on every command. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"skupper-designer " + version()};
        }
    }
}
