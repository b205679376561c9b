package io.dacr.chain.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * JSON-RPC to one node through web3j, with what the connector needs around it: timeouts, retries of
 * reads and of re-sending the same signed transaction after a transport failure (both safe: neither
 * can apply twice), a failed send checked by the transaction's hash (the node may have it though its
 * answer was lost), one nonce sequence per sender, gas estimated per transaction, reverts decoded into
 * the contract's custom errors, and every failure a {@link ChainException} with a reason. Not API.
 */
public final class Rpc implements AutoCloseable {

    /** Transport attempts per call: the first and two retries. */
    static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final long chainId;
    private final Duration receiptTimeout;
    private final OkHttpClient http;
    private final Web3j web3j;
    private final Object sendLock = new Object();
    private BigInteger nextNonce;
    private String nonceOwner;

    /**
     * @param url the node's JSON-RPC URL
     * @param chainId the chain id transactions are signed for
     * @param requestTimeout how long one request may take
     * @param receiptTimeout how long a sent transaction may take to be mined
     */
    public Rpc(URI url, long chainId, Duration requestTimeout, Duration receiptTimeout) {
        this.url = url;
        this.chainId = chainId;
        this.receiptTimeout = receiptTimeout;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .build();
        this.web3j = Web3j.build(new HttpService(url.toString(), http, false));
    }

    /**
     * @return the node's chain id
     * @throws ChainException if the node cannot be reached or answers with an error
     */
    public long nodeChainId() {
        return read("eth_chainId", web3j.ethChainId()).getChainId().longValueExact();
    }

    /** Fails unless the node is on this connector's chain. */
    public void requireChain() {
        long node = nodeChainId();
        if (node != chainId) {
            throw new ChainException(Reason.WRONG_CHAIN, "the node at " + url + " is on chain " + node
                    + ", the configuration names chain " + chainId, null);
        }
    }

    /**
     * @param address an address
     * @return whether contract code is deployed there
     */
    public boolean hasCode(String address) {
        String code = read("eth_getCode", web3j.ethGetCode(address, DefaultBlockParameterName.LATEST)).getCode();
        return code != null && code.length() > 2;
    }

    /** @return the latest block number */
    public long blockNumber() {
        return read("eth_blockNumber", web3j.ethBlockNumber()).getBlockNumber().longValueExact();
    }

    /**
     * @param address an account
     * @return its balance in base units
     */
    public BigInteger balance(String address) {
        return read("eth_getBalance", web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST)).getBalance();
    }

    /**
     * Calls a view function.
     *
     * @param to the contract
     * @param data the encoded call
     * @return the returned data
     * @throws ChainException (REVERTED) with the custom error decoded if the call reverts
     */
    public String call(String to, String data) {
        var response = attempt("eth_call", () -> web3j.ethCall(
                Transaction.createEthCallTransaction(null, to, data), DefaultBlockParameterName.LATEST).send());
        if (response.hasError()) {
            throw failure("eth_call", response.getError());
        }
        return response.getValue();
    }

    /**
     * Reads logs of one contract.
     *
     * @param address the contract
     * @param fromBlock first block, inclusive
     * @param toBlock last block, inclusive
     * @return the logs in chain order
     */
    public List<Log> logs(String address, long fromBlock, long toBlock) {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), address);
        EthLog log = read("eth_getLogs", web3j.ethGetLogs(filter));
        List<Log> logs = new ArrayList<>();
        for (EthLog.LogResult<?> result : log.getLogs()) {
            logs.add((Log) result.get());
        }
        return logs;
    }

    /**
     * Sends a transaction and waits until it is mined successfully: gas estimated (a revert is caught
     * here, before anything is sent, with its custom error decoded), nonce from this sender's sequence,
     * signed for this chain (EIP-155).
     *
     * @param sender the sending account
     * @param to the contract, or null to create one
     * @param value the native value sent
     * @param data the encoded call or creation code
     * @return the mined transaction's receipt
     * @throws ChainException (REVERTED, TIMEOUT, UNREACHABLE, RPC_ERROR) if it is refused or not mined;
     *     OUTCOME_UNKNOWN if it was sent but whether the node has it could not be found out. A send whose
     *     answer is an error or lost is checked by the transaction's hash: if the node has it, it is
     *     waited for like any other.
     */
    public TransactionReceipt send(Credentials sender, String to, BigInteger value, String data) {
        String from = sender.getAddress();
        synchronized (sendLock) {
            var estimate = attempt("eth_estimateGas", () -> web3j.ethEstimateGas(
                    Transaction.createFunctionCallTransaction(from, null, null, null, to, value, data)).send());
            if (estimate.hasError()) {
                throw failure("eth_estimateGas", estimate.getError());
            }
            // A margin over the estimate: the estimate is exact for the state it ran on, and state may move.
            BigInteger gasLimit = estimate.getAmountUsed().multiply(BigInteger.valueOf(6)).divide(BigInteger.valueOf(5))
                    .add(BigInteger.valueOf(10_000));
            BigInteger gasPrice = read("eth_gasPrice", web3j.ethGasPrice()).getGasPrice();
            if (nextNonce == null || !from.equals(nonceOwner)) {
                nextNonce = read("eth_getTransactionCount",
                        web3j.ethGetTransactionCount(from, DefaultBlockParameterName.PENDING)).getTransactionCount();
                nonceOwner = from;
            }
            RawTransaction raw = to == null
                    ? RawTransaction.createContractTransaction(nextNonce, gasPrice, gasLimit, value, data)
                    : RawTransaction.createTransaction(nextNonce, gasPrice, gasLimit, to, value, data);
            byte[] signedBytes = TransactionEncoder.signMessage(raw, chainId, sender);
            String signed = Words.hex(signedBytes);
            // The hash is known before anything is sent: whatever happens to the answer, the node can be
            // asked about exactly this transaction.
            String hash = Words.hex(Words.keccak(signedBytes));
            ChainException sendFailure;
            try {
                var sent = attempt("eth_sendRawTransaction", () -> web3j.ethSendRawTransaction(signed).send());
                sendFailure = sent.hasError() ? failure("eth_sendRawTransaction", sent.getError()) : null;
            } catch (ChainException e) {
                sendFailure = e;
            }
            if (sendFailure != null) {
                // An error or a lost answer does not mean the node lacks the transaction: a first send whose
                // answer was lost makes the identical re-send fail ("already known", "nonce too low"). Reporting
                // that as a failure would have the caller send it again with the next nonce, applying it twice.
                Boolean known = knownToNode(hash);
                if (known == null) {
                    nextNonce = null;
                    throw new ChainException(Reason.OUTCOME_UNKNOWN, "transaction " + hash + " (nonce " + raw.getNonce()
                            + ") was sent but the node's answer was " + sendFailure.getMessage()
                            + ", and whether the node has it could not be read: check " + hash
                            + " before sending it again", sendFailure);
                }
                if (!known) {
                    // The node really refused it (nonce, funds, a revert at send): read the nonce afresh next time.
                    nextNonce = null;
                    throw sendFailure;
                }
            }
            nextNonce = nextNonce.add(BigInteger.ONE);
            TransactionReceipt receipt = awaitReceipt(hash);
            if (!receipt.isStatusOK()) {
                throw revertOfMined(receipt, from, to, value, data);
            }
            return receipt;
        }
    }

    /**
     * @return whether the node has the transaction (pending or mined), or null if it could not be asked
     */
    private Boolean knownToNode(String hash) {
        try {
            var tx = attempt("eth_getTransactionByHash", () -> web3j.ethGetTransactionByHash(hash).send());
            if (!tx.hasError() && tx.getTransaction().isPresent()) {
                return true;
            }
            var receipt = attempt("eth_getTransactionReceipt", () -> web3j.ethGetTransactionReceipt(hash).send());
            if (!receipt.hasError() && receipt.getTransactionReceipt().isPresent()) {
                return true;
            }
            return tx.hasError() && receipt.hasError() ? null : false;
        } catch (ChainException e) {
            return null;
        }
    }

    private TransactionReceipt awaitReceipt(String hash) {
        long deadline = System.nanoTime() + receiptTimeout.toNanos();
        long pause = 20;
        while (true) {
            Optional<TransactionReceipt> receipt;
            try {
                receipt = read("eth_getTransactionReceipt", web3j.ethGetTransactionReceipt(hash)).getTransactionReceipt();
            } catch (ChainException e) {
                // The node has the transaction (it may be mined): a failure now must not read as "not sent".
                throw new ChainException(Reason.OUTCOME_UNKNOWN, "transaction " + hash + " was sent, but its receipt could not "
                        + "be read: " + e.getMessage() + "; check " + hash + " before sending it again", e);
            }
            if (receipt.isPresent()) {
                return receipt.get();
            }
            if (System.nanoTime() > deadline) {
                throw new ChainException(Reason.TIMEOUT, "transaction " + hash + " was not mined within "
                        + receiptTimeout.toSeconds() + " s", null);
            }
            pause(pause);
            pause = Math.min(pause * 2, 1000);
        }
    }

    /** A node that mines reverted transactions (status 0) instead of refusing them: replay to read why. */
    private ChainException revertOfMined(TransactionReceipt receipt, String from, String to, BigInteger value, String data) {
        var replay = attempt("eth_call", () -> web3j.ethCall(
                Transaction.createFunctionCallTransaction(from, null, null, null, to, value, data),
                DefaultBlockParameter.valueOf(receipt.getBlockNumber())).send());
        if (replay.hasError()) {
            return failure("transaction " + receipt.getTransactionHash(), replay.getError());
        }
        return new ChainException(Reason.REVERTED, "transaction " + receipt.getTransactionHash() + " reverted", null);
    }

    private <T extends Response<?>> T read(String method, Request<?, T> request) {
        T response = attempt(method, request::send);
        if (response.hasError()) {
            throw failure(method, response.getError());
        }
        return response;
    }

    private interface Call<T> {
        T send() throws IOException;
    }

    /** Runs one JSON-RPC call, retrying transport failures; never retries a JSON-RPC error answer. */
    private <T> T attempt(String method, Call<T> call) {
        long backoff = FIRST_BACKOFF.toMillis();
        IOException last = null;
        for (int i = 1; i <= ATTEMPTS; i++) {
            try {
                return call.send();
            } catch (JsonProcessingException e) {
                // web3j parses the answer with Jackson, whose errors are IOExceptions: the node answered,
                // so it is not unreachable, and what it said is not JSON-RPC.
                throw new ChainException(Reason.RPC_ERROR, method + " to " + url + " returned something unreadable: "
                        + e.getOriginalMessage(), e);
            } catch (IOException e) {
                last = e;
            } catch (RuntimeException e) {
                throw new ChainException(Reason.RPC_ERROR, method + " to " + url + " returned something unreadable: " + e, e);
            }
            if (i < ATTEMPTS) {
                pause(backoff);
                backoff *= 2;
            }
        }
        // A timeout (socket or call) is TIMEOUT; anything else (refused, unknown host, reset) UNREACHABLE.
        Reason reason = last instanceof InterruptedIOException ? Reason.TIMEOUT : Reason.UNREACHABLE;
        throw new ChainException(reason, method + " to " + url + " failed " + ATTEMPTS + " times: " + last, last);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException(Reason.TIMEOUT, "interrupted while waiting for the node", e);
        }
    }

    /** Maps a JSON-RPC error: a revert with decodable data becomes the contract's custom error. */
    private ChainException failure(String what, Response.Error error) {
        String data = revertData(error.getData());
        ContractAbi.Revert revert = ContractAbi.get().decodeRevert(data);
        if (revert != null) {
            return new ChainException("the contract refused " + what + ": " + revert.text(), revert.name(), revert.arguments());
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (data != null || message.contains("revert")) {
            return new ChainException(Reason.REVERTED, what + " reverted: " + message
                    + (data == null ? "" : " (data " + data + ")"), null);
        }
        return new ChainException(Reason.RPC_ERROR, what + " failed: JSON-RPC error " + error.getCode() + ": " + message, null);
    }

    /** Nodes put revert data directly in {@code error.data}, or in an object under it. */
    private static String revertData(String data) {
        if (data == null || data.isBlank()) {
            return null;
        }
        String trimmed = data.strip();
        if (trimmed.startsWith("0x")) {
            return trimmed;
        }
        if (trimmed.startsWith("\"0x")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            JsonNode inner = node.path("data");
            if (inner.isTextual() && inner.asText().startsWith("0x")) {
                return inner.asText();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Releases the HTTP client's threads and connections. Idempotent. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
