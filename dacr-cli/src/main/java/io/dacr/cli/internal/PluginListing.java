package io.dacr.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dacr.core.plugin.PluginDescriptor;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two renderings of {@code dacr plugins}: a table for people and JSON for scripts. Both keep the
 * registry's order and end every line with {@code \n} whatever the platform.
 */
final class PluginListing {

    private static final String[] HEADERS = {"TYPE", "ID", "DESCRIPTION"};
    private static final String GAP = "  ";
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Two-space indent, '\n' line ends and "key": value, independent of the platform's line separator.
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PluginListing() {
    }

    /**
     * @param plugins the plug-ins, in the order to list them
     * @return {@code [{"type": …, "id": …, "description": …, "class": …}, …]} and a line feed
     */
    static String json(List<PluginDescriptor> plugins) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (PluginDescriptor p : plugins) {
            array.addObject()
                    .put("type", p.type().wireName())
                    .put("id", p.id())
                    .put("description", p.description())
                    .put("class", p.className());
        }
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings always serialises; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param plugins the plug-ins, in the order to list them
     * @return a table with a header row and columns padded to the widest cell, or one line saying that
     *     none were found
     */
    static String table(List<PluginDescriptor> plugins) {
        if (plugins.isEmpty()) {
            return "no plug-ins found on the class path\n";
        }
        int typeWidth = HEADERS[0].length();
        int idWidth = HEADERS[1].length();
        for (PluginDescriptor p : plugins) {
            typeWidth = Math.max(typeWidth, p.type().wireName().length());
            idWidth = Math.max(idWidth, p.id().length());
        }
        StringBuilder table = new StringBuilder();
        row(table, typeWidth, idWidth, HEADERS[0], HEADERS[1], HEADERS[2]);
        for (PluginDescriptor p : plugins) {
            row(table, typeWidth, idWidth, p.type().wireName(), p.id(), p.description());
        }
        return table.toString();
    }

    private static void row(StringBuilder table, int typeWidth, int idWidth, String type, String id,
                            String description) {
        // A description is meant to be one line; a stray line break must not break the table.
        String line = pad(type, typeWidth) + GAP + pad(id, idWidth) + GAP
                + LINE_BREAKS.matcher(description).replaceAll(" ");
        table.append(line.stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
