// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title DACR mining rewards
/// @notice Credits miners for receipts the coordinator signed (EIP-712), and pays each epoch's reward
///         pool either by direct claims (FLOOR: reward * credits / total, rounded down) or by Merkle
///         claims against a root the owner publishes (LARGEST_REMAINDER, built off chain from the same
///         credits). An epoch is settled through one of the two paths only.
/// @dev Rewards are paid in the chain's native token: no second contract has to be deployed and
///      trusted, funding is a single payable call, and claims need no token approval. Every refusal
///      is a custom error; every state change emits an event. The receipt hash is the EIP-712 struct
///      hash that dacr-chain's Java ReceiptHasher computes, so off-chain and on-chain receipt chains
///      agree byte for byte.
contract DacrMining {
    /// How an epoch's pool is paid; the order matches io.dacr.api.reward.DistributionMode.
    enum Mode {
        FLOOR,
        LARGEST_REMAINDER
    }

    /// The life of an epoch: receipts are signed for it while OPEN; its late receipts still count while
    /// CLOSED; its credits are fixed and paid once FINALIZED.
    enum State {
        NONE,
        OPEN,
        CLOSED,
        FINALIZED
    }

    /// A statement that a miner passed a challenge; mirrors io.dacr.api.reward.Receipt.
    struct Receipt {
        address miner;
        uint64 epoch;
        uint64 solveIndex;
        bytes32 previousReceiptHash;
        string challengeId;
        bytes32 documentHash;
        bytes32 questionsHash;
        bytes32 constraintsHash;
        bytes32 answersHash;
        uint32 rulesVersion;
        uint256 credits;
    }

    struct EpochData {
        State state;
        Mode mode;
        bool revealed;
        bytes32 secretHash;
        bytes32 merkleRoot;
        uint256 reward;
        uint256 totalCredits;
        uint256 claimedCredits;
        uint256 paid;
    }

    struct MinerChain {
        uint64 nextSolveIndex;
        bytes32 lastReceiptHash;
    }

    bytes32 public constant RECEIPT_TYPEHASH = keccak256(
        "Receipt(address miner,uint64 epoch,uint64 solveIndex,bytes32 previousReceiptHash,string challengeId,"
        "bytes32 documentHash,bytes32 questionsHash,bytes32 constraintsHash,bytes32 answersHash,"
        "uint32 rulesVersion,uint256 credits)"
    );
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("DACR Mining");
    bytes32 private constant VERSION_HASH = keccak256("1");
    /// secp256k1 order / 2: signatures with a larger s are malleable copies and are refused.
    uint256 private constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    address public immutable owner;
    address public immutable coordinator;
    uint64 public currentEpoch;
    /// Base units left over from settled epochs (FLOOR rounding, epochs without credits); they join
    /// the next epoch that is funded.
    uint256 public retained;

    mapping(uint64 => EpochData) private epochs;
    mapping(uint64 => mapping(address => uint256)) private credits;
    mapping(uint64 => mapping(address => bool)) private claimed;
    mapping(address => MinerChain) private chains;
    mapping(bytes32 => bool) private receiptUsed;
    mapping(bytes32 => bool) private challengeCredited;

    error NotOwner(address caller);
    error EpochNotAfterLatest(uint64 epoch, uint64 latest);
    error ZeroSecretHash();
    error EpochNotOpen(uint64 epoch);
    error EpochNotClosed(uint64 epoch);
    error EpochAlreadyFinalized(uint64 epoch);
    error EpochNotFinalized(uint64 epoch);
    error SecretAlreadyRevealed(uint64 epoch);
    error SecretMismatch(uint64 epoch);
    error WrongEpoch(uint64 receiptEpoch, uint64 currentEpoch);
    error ZeroCredits();
    error ReceiptReplayed(bytes32 receiptHash);
    error MalformedSignature();
    error WrongSigner(address recovered, address expected);
    error BrokenChain(address miner, uint64 expectedSolveIndex, bytes32 expectedPreviousHash);
    error ChallengeAlreadyCredited(uint64 epoch, address miner, string challengeId);
    error ZeroFunding();
    error UnexpectedMerkleRoot(uint64 epoch);
    error MissingMerkleRoot(uint64 epoch);
    error MerkleTotalExceedsReward(uint64 epoch, uint256 merkleTotal, uint256 reward);
    error WrongSettlement(uint64 epoch, Mode settledBy);
    error NothingToClaim(uint64 epoch, address account);
    error AlreadyClaimed(uint64 epoch, address account);
    error InvalidProof(uint64 epoch, address account, uint256 amount);
    error PoolExceeded(uint64 epoch, uint256 requested, uint256 available);
    error TransferFailed(address to, uint256 amount);

    event EpochCommitted(uint64 indexed epoch, bytes32 secretHash);
    event EpochClosed(uint64 indexed epoch, uint256 totalCredits);
    event EpochRevealed(uint64 indexed epoch, bytes secret);
    event EpochFunded(uint64 indexed epoch, address indexed funder, uint256 amount, uint256 fromRetained, uint256 reward);
    event EpochFinalized(uint64 indexed epoch, Mode mode, bytes32 merkleRoot, uint256 reward, uint256 totalCredits);
    event ReceiptAccepted(
        uint64 indexed epoch, address indexed miner, uint64 solveIndex, bytes32 receiptHash, uint256 credits
    );
    /// A receipt of a finalized (or never opened) epoch advanced its miner's chain without credit.
    event ReceiptNotCredited(
        uint64 indexed epoch, address indexed miner, uint64 solveIndex, bytes32 receiptHash, uint256 credits
    );
    event Claimed(uint64 indexed epoch, address indexed account, uint256 amount);
    event Retained(uint64 indexed epoch, uint256 amount, uint256 retainedTotal);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @param coordinator_ the address whose EIP-712 signatures make receipts valid
    constructor(address coordinator_) {
        owner = msg.sender;
        coordinator = coordinator_;
    }

    // --- Epochs ----------------------------------------------------------------------------------

    /// Opens an epoch, committing to the hash of its secret, sha256(secret) (the commitment of
    /// io.dacr.api.reward.Epoch.commitmentOf, which every ledger checks reveals against); the previous
    /// epoch, if still open, closes.
    function commitEpoch(uint64 epoch, bytes32 secretHash) external onlyOwner {
        if (epoch <= currentEpoch && epochs[currentEpoch].state != State.NONE) {
            revert EpochNotAfterLatest(epoch, currentEpoch);
        }
        if (secretHash == bytes32(0)) revert ZeroSecretHash();
        if (epochs[currentEpoch].state == State.OPEN) _close(currentEpoch);
        currentEpoch = epoch;
        EpochData storage e = epochs[epoch];
        e.state = State.OPEN;
        e.secretHash = secretHash;
        emit EpochCommitted(epoch, secretHash);
    }

    /// Closes an open epoch: its pool is fixed, and the coordinator signs no more receipts for it. Its
    /// receipts that were signed but not yet submitted still count until the epoch is finalized.
    function closeEpoch(uint64 epoch) external onlyOwner {
        if (epochs[epoch].state != State.OPEN) revert EpochNotOpen(epoch);
        _close(epoch);
    }

    /// Reveals a closed epoch's secret; sha256(secret) must equal the committed hash. SHA-256, not
    /// keccak256, so that the commitment is the one DACR's ledgers publish and check off chain.
    function revealEpoch(uint64 epoch, bytes calldata secret) external onlyOwner {
        EpochData storage e = epochs[epoch];
        if (e.state != State.CLOSED && e.state != State.FINALIZED) revert EpochNotClosed(epoch);
        if (e.revealed) revert SecretAlreadyRevealed(epoch);
        if (sha256(secret) != e.secretHash) revert SecretMismatch(epoch);
        e.revealed = true;
        emit EpochRevealed(epoch, secret);
    }

    /// Adds the sent value, and everything retained from earlier epochs, to an open epoch's reward pool.
    /// @dev Once an epoch is closed its pool is fixed: the distribution settled against it is computed
    ///      after the close, and nobody can sweep `retained` into it behind the owner's back.
    function fundEpoch(uint64 epoch) external payable {
        EpochData storage e = epochs[epoch];
        if (e.state == State.FINALIZED) revert EpochAlreadyFinalized(epoch);
        if (e.state != State.OPEN) revert EpochNotOpen(epoch);
        if (msg.value == 0) revert ZeroFunding();
        uint256 fromRetained = retained;
        retained = 0;
        e.reward += msg.value + fromRetained;
        emit EpochFunded(epoch, msg.sender, msg.value, fromRetained, e.reward);
    }

    /// Settles a closed epoch: FLOOR with a zero root and total (direct claims), or LARGEST_REMAINDER
    /// with the Merkle root of the distribution and the sum of its leaf amounts (Merkle claims).
    /// @dev A LARGEST_REMAINDER epoch pays at most merkleTotal; the rest of its reward (reward minus
    ///      merkleTotal) is retained at once and joins the next epoch funded, instead of staying locked.
    function finalizeEpoch(uint64 epoch, Mode mode, bytes32 merkleRoot, uint256 merkleTotal) external onlyOwner {
        EpochData storage e = epochs[epoch];
        if (e.state == State.FINALIZED) revert EpochAlreadyFinalized(epoch);
        if (e.state != State.CLOSED) revert EpochNotClosed(epoch);
        if (mode == Mode.FLOOR && (merkleRoot != bytes32(0) || merkleTotal != 0)) revert UnexpectedMerkleRoot(epoch);
        if (mode == Mode.LARGEST_REMAINDER && merkleRoot == bytes32(0)) revert MissingMerkleRoot(epoch);
        if (mode == Mode.LARGEST_REMAINDER && merkleTotal > e.reward) {
            revert MerkleTotalExceedsReward(epoch, merkleTotal, e.reward);
        }
        e.state = State.FINALIZED;
        e.mode = mode;
        e.merkleRoot = merkleRoot;
        emit EpochFinalized(epoch, mode, merkleRoot, e.reward, e.totalCredits);
        // What nobody can claim is retained now (and counted as paid out of this epoch's pool). A FLOOR
        // epoch without credits pays nobody. A LARGEST_REMAINDER epoch pays its Merkle tree, whose credits
        // are the off-chain ledger's whether or not receipts reached the chain, and nothing beyond its total.
        uint256 unpaid;
        if (mode == Mode.FLOOR && e.totalCredits == 0) unpaid = e.reward;
        if (mode == Mode.LARGEST_REMAINDER) unpaid = e.reward - merkleTotal;
        if (unpaid > 0) {
            e.paid = unpaid;
            _retain(epoch, unpaid);
        }
    }

    // --- Receipts --------------------------------------------------------------------------------

    /// Advances a miner's receipt chain by a receipt the coordinator signed, and credits it to its epoch
    /// while that epoch's credits are not fixed yet (OPEN, or CLOSED and not finalized).
    /// @dev The chain runs across epochs, so a receipt that was not submitted in time must not block the
    ///      miner for ever: a receipt of a FINALIZED epoch, or of an earlier epoch the contract never
    ///      opened (it never can), still advances the chain but earns nothing (event ReceiptNotCredited).
    ///      A receipt of an epoch that may still open (after the current one) is refused. The signature,
    ///      the chain link and the one-use receipt hash are checked in every case.
    function submitReceipt(Receipt calldata receipt, bytes calldata signature) external {
        State state = epochs[receipt.epoch].state;
        bool credited = state == State.OPEN || state == State.CLOSED;
        if (!credited && state != State.FINALIZED && receipt.epoch >= currentEpoch) {
            revert WrongEpoch(receipt.epoch, currentEpoch);
        }
        if (receipt.credits == 0) revert ZeroCredits();
        bytes32 receiptHash = hashReceipt(receipt);
        if (receiptUsed[receiptHash]) revert ReceiptReplayed(receiptHash);
        address signer = _recover(_typedDataHash(receiptHash), signature);
        if (signer != coordinator) revert WrongSigner(signer, coordinator);
        MinerChain storage chain = chains[receipt.miner];
        if (receipt.solveIndex != chain.nextSolveIndex || receipt.previousReceiptHash != chain.lastReceiptHash) {
            revert BrokenChain(receipt.miner, chain.nextSolveIndex, chain.lastReceiptHash);
        }
        receiptUsed[receiptHash] = true;
        chain.nextSolveIndex = receipt.solveIndex + 1;
        chain.lastReceiptHash = receiptHash;
        if (!credited) {
            emit ReceiptNotCredited(receipt.epoch, receipt.miner, receipt.solveIndex, receiptHash, receipt.credits);
            return;
        }
        bytes32 challengeKey = keccak256(abi.encode(receipt.epoch, receipt.miner, keccak256(bytes(receipt.challengeId))));
        if (challengeCredited[challengeKey]) {
            revert ChallengeAlreadyCredited(receipt.epoch, receipt.miner, receipt.challengeId);
        }
        challengeCredited[challengeKey] = true;
        credits[receipt.epoch][receipt.miner] += receipt.credits;
        epochs[receipt.epoch].totalCredits += receipt.credits;
        emit ReceiptAccepted(receipt.epoch, receipt.miner, receipt.solveIndex, receiptHash, receipt.credits);
    }

    // --- Claims ----------------------------------------------------------------------------------

    /// Pays the caller's FLOOR share of each listed epoch: floor(reward * credits / total), on the exact
    /// product (no overflow whatever the credits).
    function claim(uint64[] calldata epochList) external {
        uint256 total;
        for (uint256 i = 0; i < epochList.length; i++) {
            uint64 epoch = epochList[i];
            EpochData storage e = epochs[epoch];
            if (e.state != State.FINALIZED) revert EpochNotFinalized(epoch);
            if (e.mode != Mode.FLOOR) revert WrongSettlement(epoch, e.mode);
            if (claimed[epoch][msg.sender]) revert AlreadyClaimed(epoch, msg.sender);
            uint256 minerCredits = credits[epoch][msg.sender];
            if (minerCredits == 0) revert NothingToClaim(epoch, msg.sender);
            claimed[epoch][msg.sender] = true;
            uint256 amount = _mulDiv(e.reward, minerCredits, e.totalCredits);
            e.paid += amount;
            e.claimedCredits += minerCredits;
            total += amount;
            emit Claimed(epoch, msg.sender, amount);
            if (e.claimedCredits == e.totalCredits && e.paid < e.reward) {
                // Every miner has claimed: what rounding left over is known exactly now.
                uint256 left = e.reward - e.paid;
                e.paid = e.reward;
                _retain(epoch, left);
            }
        }
        _pay(msg.sender, total);
    }

    /// Pays an account its LARGEST_REMAINDER amount of an epoch, proven against the epoch's Merkle root
    /// (OpenZeppelin StandardMerkleTree leaf: keccak256(bytes.concat(keccak256(abi.encode(epoch, account, amount))))).
    function claimMerkle(uint64 epoch, address account, uint256 amount, bytes32[] calldata proof) external {
        EpochData storage e = epochs[epoch];
        if (e.state != State.FINALIZED) revert EpochNotFinalized(epoch);
        if (e.mode != Mode.LARGEST_REMAINDER) revert WrongSettlement(epoch, e.mode);
        if (claimed[epoch][account]) revert AlreadyClaimed(epoch, account);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(epoch, account, amount))));
        if (!_verify(proof, e.merkleRoot, leaf)) revert InvalidProof(epoch, account, amount);
        if (amount > e.reward - e.paid) revert PoolExceeded(epoch, amount, e.reward - e.paid);
        claimed[epoch][account] = true;
        e.paid += amount;
        emit Claimed(epoch, account, amount);
        _pay(account, amount);
    }

    // --- Views -----------------------------------------------------------------------------------

    /// @return the credits of a miner in an epoch (zero if none)
    function creditsOf(uint64 epoch, address miner) external view returns (uint256) {
        return credits[epoch][miner];
    }

    /// @return whether an account has claimed its reward of an epoch
    function hasClaimed(uint64 epoch, address account) external view returns (bool) {
        return claimed[epoch][account];
    }

    /// @return state, mode, revealed, secretHash, merkleRoot, reward, totalCredits, paid of an epoch
    function epochInfo(uint64 epoch)
        external
        view
        returns (State, Mode, bool, bytes32, bytes32, uint256, uint256, uint256)
    {
        EpochData storage e = epochs[epoch];
        return (e.state, e.mode, e.revealed, e.secretHash, e.merkleRoot, e.reward, e.totalCredits, e.paid);
    }

    /// @return the next solve index and the last receipt hash of a miner's receipt chain
    function chainOf(address miner) external view returns (uint64, bytes32) {
        MinerChain storage c = chains[miner];
        return (c.nextSolveIndex, c.lastReceiptHash);
    }

    /// @return the EIP-712 domain separator for this contract on this chain
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @return the EIP-712 struct hash of a receipt (the hash receipt chains link by)
    function hashReceipt(Receipt calldata r) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                RECEIPT_TYPEHASH,
                r.miner,
                r.epoch,
                r.solveIndex,
                r.previousReceiptHash,
                keccak256(bytes(r.challengeId)),
                r.documentHash,
                r.questionsHash,
                r.constraintsHash,
                r.answersHash,
                r.rulesVersion,
                r.credits
            )
        );
    }

    // --- Internals -------------------------------------------------------------------------------

    function _close(uint64 epoch) private {
        epochs[epoch].state = State.CLOSED;
        emit EpochClosed(epoch, epochs[epoch].totalCredits);
    }

    function _retain(uint64 epoch, uint256 amount) private {
        retained += amount;
        emit Retained(epoch, amount, retained);
    }

    /// floor(a * b / d) computed on the full 512-bit product, for d > 0 and a result below 2^256 (here
    /// b <= d, so the result is at most a). reward * credits overflows 256 bits for large credits.
    function _mulDiv(uint256 a, uint256 b, uint256 d) private pure returns (uint256 q) {
        // The product as hi * 2^256 + lo: lo is the product mod 2^256, and hi follows from the product
        // mod 2^256 - 1 (which mulmod gives exactly) by the Chinese remainder theorem.
        uint256 lo;
        uint256 hi;
        unchecked {
            uint256 mm = mulmod(a, b, type(uint256).max);
            lo = a * b;
            hi = mm - lo;
            if (mm < lo) hi -= 1;
        }
        if (hi == 0) return lo / d;
        assert(hi < d); // the result fits: b <= d, so it is at most a
        // Long division of the 512-bit number by d, one bit of lo at a time. The remainder starts at hi
        // (< d) and stays below d; doubling it may carry past 2^256, and then it certainly exceeds d, so
        // the wrapping subtraction gives the true remainder.
        uint256 r = hi;
        unchecked {
            for (uint256 i = 256; i > 0; i--) {
                uint256 carry = r >> 255;
                r = (r << 1) | ((lo >> (i - 1)) & 1);
                q <<= 1;
                if (carry == 1 || r >= d) {
                    r -= d;
                    q |= 1;
                }
            }
        }
    }

    function _typedDataHash(bytes32 structHash) private view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    function _recover(bytes32 digest, bytes calldata signature) private pure returns (address) {
        if (signature.length != 65) revert MalformedSignature();
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_ORDER || (v != 27 && v != 28)) revert MalformedSignature();
        address signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert MalformedSignature();
        return signer;
    }

    function _verify(bytes32[] calldata proof, bytes32 root, bytes32 leaf) private pure returns (bool) {
        bytes32 computed = leaf;
        for (uint256 i = 0; i < proof.length; i++) {
            bytes32 sibling = proof[i];
            computed = computed < sibling
                ? keccak256(abi.encodePacked(computed, sibling))
                : keccak256(abi.encodePacked(sibling, computed));
        }
        return computed == root;
    }

    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
