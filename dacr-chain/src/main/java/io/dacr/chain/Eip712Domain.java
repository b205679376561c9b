package io.dacr.chain;

import io.dacr.api.internal.Checks;
import io.dacr.chain.internal.Words;

/**
 * The EIP-712 domain a receipt signature is bound to: a signature made for one chain or one contract
 * is worthless on another.
 *
 * @param name the signing domain's name ({@value #DACR_NAME} for the mining contract)
 * @param version its version ({@value #DACR_VERSION})
 * @param chainId the chain id
 * @param verifyingContract the contract's address, {@code 0x} and 40 lower-case hex digits
 */
public record Eip712Domain(String name, String version, long chainId, String verifyingContract) {

    /** The mining contract's domain name. */
    public static final String DACR_NAME = "DACR Mining";
    /** The mining contract's domain version. */
    public static final String DACR_VERSION = "1";
    /** The domain's type, as EIP-712 spells it. */
    public static final String TYPE = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

    private static final byte[] TYPE_HASH = Words.keccak(TYPE);

    /** Validates every component. */
    public Eip712Domain {
        Checks.notNull(name, "name");
        Checks.notNull(version, "version");
        Checks.requireArgument(chainId > 0, "chainId must be positive, was %d", chainId);
        Checks.address(verifyingContract, "verifyingContract");
    }

    /**
     * @param chainId the chain id
     * @param contract the mining contract's address
     * @return the domain of the DACR mining contract at that address
     */
    public static Eip712Domain dacrMining(long chainId, String contract) {
        return new Eip712Domain(DACR_NAME, DACR_VERSION, chainId, contract);
    }

    /** @return the domain separator, {@code 0x} and 64 lower-case hex digits */
    public String separator() {
        return Words.hex(separatorBytes());
    }

    byte[] separatorBytes() {
        return Words.keccak(Words.concat(TYPE_HASH, Words.keccak(name), Words.keccak(version), Words.uint(chainId),
                Words.address(verifyingContract)));
    }
}
