package io.dacr.chain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The pinned Node tools scripts/test.sh installs, reached through system properties: the Node binary
 * ({@value #NODE}), the folder holding node_modules ({@value #TOOLS}) and the Hardhat node's URL
 * ({@value #RPC}). Without them a test that needs them is skipped with a message saying so.
 */
public final class NodeTools {

    static final String NODE = "dacr.chain.node";
    static final String TOOLS = "dacr.chain.tools";
    static final String RPC = "dacr.chain.rpc";

    private static final Path SCRIPTS = Path.of("node", "scripts");

    private final String node;
    private final String tools;

    private NodeTools(String node, String tools) {
        this.node = node;
        this.tools = tools;
    }

    /** @return the tools, or skips the calling test when they are not configured */
    public static NodeTools require() {
        String node = System.getProperty(NODE, "");
        String tools = System.getProperty(TOOLS, "");
        assumeTrue(!node.isEmpty() && !tools.isEmpty(),
                "skipped: the Node tools are not configured (-D" + NODE + ", -D" + TOOLS
                        + "); scripts/test.sh installs and passes them");
        return new NodeTools(node, tools);
    }

    /** @return the Hardhat node's JSON-RPC URL, or skips the calling test when none runs */
    public static String requireRpcUrl() {
        String rpc = System.getProperty(RPC, "");
        assumeTrue(!rpc.isEmpty(), "skipped: no Hardhat node configured (-D" + RPC
                + "); scripts/test.sh starts one and passes its URL");
        return rpc;
    }

    /**
     * Runs one script of dacr-chain/node/scripts with some standard input.
     *
     * @param script the script's file name
     * @param input what it reads on stdin
     * @param arguments its arguments
     * @return what it wrote on stdout
     */
    public String run(String script, String input, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 2];
        command[0] = node;
        command[1] = SCRIPTS.resolve(script).toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        Path stderr = Files.createTempFile("dacr-node-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            builder.environment().put("DACR_CHAIN_TOOLS", tools);
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(script + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return out;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
