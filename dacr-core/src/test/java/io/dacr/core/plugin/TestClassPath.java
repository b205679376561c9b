package io.dacr.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A class path built by a test: service files written to a folder, the test's own classes, and
 * optionally classes that are "missing". It sees no {@code META-INF/services} file but its own, so
 * a test discovers exactly the providers it lists, whatever else the build's class path holds.
 */
final class TestClassPath extends ClassLoader {

    private final Map<String, List<URL>> serviceFiles;
    private final Set<String> hidden;
    private final Set<String> childFirst;

    private TestClassPath(Map<String, List<URL>> serviceFiles, Set<String> hidden, Set<String> childFirst) {
        super("test-class-path", TestClassPath.class.getClassLoader());
        this.serviceFiles = serviceFiles;
        this.hidden = hidden;
        this.childFirst = childFirst;
    }

    /** @param folder an empty folder for the service files @return a builder */
    static Builder in(Path folder) {
        return new Builder(folder);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith("META-INF/services/")) {
            return Collections.enumeration(serviceFiles.getOrDefault(name, List.of()));
        }
        return super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith("META-INF/services/")) {
            List<URL> urls = serviceFiles.getOrDefault(name, List.of());
            return urls.isEmpty() ? null : urls.get(0);
        }
        return super.getResource(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            if (hidden.contains(name)) {
                throw new ClassNotFoundException(name + " is hidden by the test");
            }
            if (!childFirst.contains(name)) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                // Defined here rather than by the parent, so that its superclass is resolved through
                // this loader, which hides it.
                byte[] bytes = classBytes(name);
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private static byte[] classBytes(String name) {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = TestClassPath.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects service files and class visibility. */
    static final class Builder {
        private final Path folder;
        private final Map<String, List<URL>> serviceFiles = new TreeMap<>();
        private final Set<String> hidden = new TreeSet<>();
        private final Set<String> childFirst = new TreeSet<>();
        private int fileCount;

        private Builder(Path folder) {
            this.folder = folder;
        }

        /**
         * Adds one service file for {@code spi}; several files for one SPI stand for several jars.
         *
         * @param spi the SPI interface
         * @param lines the file's lines, as written (class names, comments, blank lines)
         * @return this
         */
        Builder serviceFile(Class<?> spi, String... lines) {
            Path file = folder.resolve("jar-" + (++fileCount)).resolve("META-INF/services/" + spi.getName());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, List.of(lines), StandardCharsets.UTF_8);
                serviceFiles.computeIfAbsent("META-INF/services/" + spi.getName(), k -> new ArrayList<>())
                        .add(file.toUri().toURL());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /**
         * Makes {@code missing} unloadable and defines {@code dependent} in the built loader, so that
         * loading {@code dependent} fails with {@link NoClassDefFoundError} like a class whose jar
         * dependency was not deployed.
         *
         * @param dependent a class that needs {@code missing}
         * @param missing the class to hide
         * @return this
         */
        Builder withoutDependency(Class<?> dependent, Class<?> missing) {
            childFirst.add(dependent.getName());
            hidden.add(missing.getName());
            return this;
        }

        ClassLoader build() {
            return new TestClassPath(serviceFiles, hidden, childFirst);
        }
    }
}
