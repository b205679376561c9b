package io.dacr.cli.internal;

import io.dacr.api.ChallengeId;
import io.dacr.api.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code dacr --version} prints: the DACR release and the versions of the formats it reads and
 * writes, so that a bug report or a stored challenge id can be matched to the software that made it.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "dacr " + projectVersion(),
            "challenge-id format " + ChallengeId.FORMAT_VERSION,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version, written into {@value #RESOURCE} by Maven resource filtering. */
    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException(RESOURCE + " is missing from the class path: build dacr with Maven");
            }
            // Properties.load(InputStream) reads ISO-8859-1 whatever the platform: the version is ASCII.
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            throw new ConfigurationException(RESOURCE + " was not filtered by Maven: build dacr with Maven");
        }
        return version;
    }
}
