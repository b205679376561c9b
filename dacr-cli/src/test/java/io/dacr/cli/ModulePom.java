package io.dacr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the architecture test needs from one {@code pom.xml}: its artifact id, its modules and the
 * dependencies it declares. Declared means {@code <dependencies>} of the project and of its profiles;
 * {@code <dependencyManagement>} only pins versions and plug-in dependencies do not reach the code, so
 * neither counts.
 *
 * @param file the pom
 * @param artifactId the project's artifact id
 * @param modules the {@code <modules>} of an aggregator pom, empty otherwise
 * @param dependencies the declared dependencies, in document order
 */
record ModulePom(Path file, String artifactId, List<String> modules, List<Dependency> dependencies) {

    /**
     * One declared dependency.
     *
     * @param groupId its group id as written (may be a property reference)
     * @param artifactId its artifact id
     * @param scope its scope; {@code compile} where none is written
     */
    record Dependency(String groupId, String artifactId, String scope) {

        boolean isTestScoped() {
            return scope.equals("test");
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + scope;
        }
    }

    /** Parses a pom with the JDK's DOM parser; external entities and DTDs are refused. */
    static ModulePom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Element project = builder.parse(file.toFile()).getDocumentElement();
            if (!project.getTagName().equals("project")) {
                throw new IllegalArgumentException(file + " is not a pom: its root element is " + project.getTagName());
            }
            List<Dependency> dependencies = new ArrayList<>(dependencies(child(project, "dependencies")));
            Element profiles = child(project, "profiles");
            for (Element profile : children(profiles, "profile")) {
                dependencies.addAll(dependencies(child(profile, "dependencies")));
            }
            List<String> modules = children(child(project, "modules"), "module").stream().map(ModulePom::text).toList();
            return new ModulePom(file, text(child(project, "artifactId")), modules, List.copyOf(dependencies));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Dependency> dependencies(Element dependencies) {
        return children(dependencies, "dependency").stream()
                .map(d -> {
                    String scope = text(child(d, "scope"));
                    return new Dependency(text(child(d, "groupId")), text(child(d, "artifactId")),
                            scope.isEmpty() ? "compile" : scope);
                })
                .toList();
    }

    /** The first child element with the name, or null; null parents have no children. */
    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
