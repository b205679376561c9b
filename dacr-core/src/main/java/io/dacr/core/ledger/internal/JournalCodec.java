package io.dacr.core.ledger.internal;

import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The byte form of journal records. The layout is specified in {@code docs/ledger.md}; in short, a
 * file is a 16-byte header followed by frames {@code [u32 payload length][u32 CRC32C of payload][payload]},
 * all big-endian, and a payload is a type byte followed by that type's fields.
 */
public final class JournalCodec {

    /** The file header: magic, format version 1 and four reserved zero bytes. */
    public static final byte[] HEADER = {'D', 'A', 'C', 'R', 'L', 'D', 'G', 'R', 0, 0, 0, 1, 0, 0, 0, 0};
    /** Bytes before a payload: its length and its checksum. */
    public static final int FRAME_HEADER = 8;
    /** The largest payload a frame may carry. */
    public static final int MAX_PAYLOAD = 1 << 16;
    /** The longest challenge id, in UTF-8 bytes, a receipt may carry. */
    public static final int MAX_CHALLENGE_ID_BYTES = 4096;
    /** The longest epoch secret, in bytes, that may be revealed. */
    public static final int MAX_SECRET_BYTES = 4096;

    static final byte OPENED = 1;
    static final byte CREDITED = 2;
    static final byte CLOSED = 3;
    static final byte REVEALED = 4;
    static final byte FINALIZED = 5;

    private static final int ADDRESS = 20;

    private JournalCodec() {
    }

    /**
     * @param type a payload's first byte
     * @return true if it names a record type
     */
    public static boolean isKnownType(byte type) {
        return type >= OPENED && type <= FINALIZED;
    }

    /**
     * @param challengeId a challenge id
     * @return its UTF-8 bytes
     * @throws IllegalArgumentException if it holds an unpaired surrogate or is longer than
     *     {@value #MAX_CHALLENGE_ID_BYTES} bytes
     */
    public static byte[] challengeIdBytes(String challengeId) {
        byte[] bytes;
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(challengeId));
            bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the challenge id is not valid Unicode text (unpaired surrogate)", e);
        }
        if (bytes.length > MAX_CHALLENGE_ID_BYTES) {
            throw new IllegalArgumentException("the challenge id has " + bytes.length + " UTF-8 bytes; at most "
                    + MAX_CHALLENGE_ID_BYTES + " are stored");
        }
        return bytes;
    }

    /**
     * @param receipt the receipt
     * @param receiptHash its hash
     * @param challengeKey its challenge key
     * @param challengeIdUtf8 its challenge id as UTF-8 (from {@link #challengeIdBytes})
     * @return the framed record
     */
    public static byte[] credited(Receipt receipt, Bytes32 receiptHash, Bytes32 challengeKey, byte[] challengeIdUtf8) {
        byte[] credits = receipt.credits().toByteArray();
        if (credits.length > 255) {
            throw new IllegalArgumentException("credits of more than 255 bytes are not stored: " + receipt.credits());
        }
        ByteBuffer b = frame(1 + 8 + 8 + ADDRESS + 32 + 32 + 1 + credits.length + 5 * 32 + 4 + 2 + challengeIdUtf8.length);
        b.put(CREDITED).putLong(receipt.epoch()).putLong(receipt.solveIndex());
        b.put(HexFormat.of().parseHex(receipt.miner(), 2, receipt.miner().length()));
        receiptHash.write(b);
        challengeKey.write(b);
        b.put((byte) credits.length).put(credits);
        Bytes32.ofHex(receipt.previousReceiptHash()).write(b);
        Bytes32.ofHex(receipt.documentHash()).write(b);
        Bytes32.ofHex(receipt.questionsHash()).write(b);
        Bytes32.ofHex(receipt.constraintsHash()).write(b);
        Bytes32.ofHex(receipt.answersHash()).write(b);
        b.putInt(receipt.rulesVersion());
        b.putShort((short) challengeIdUtf8.length).put(challengeIdUtf8);
        return seal(b);
    }

    /**
     * @param epoch the epoch
     * @param commitment its secret's commitment
     * @return the framed record
     */
    public static byte[] opened(long epoch, Bytes32 commitment) {
        ByteBuffer b = frame(1 + 8 + 32);
        b.put(OPENED).putLong(epoch);
        commitment.write(b);
        return seal(b);
    }

    /**
     * @param epoch the epoch
     * @param mode the mode
     * @param pool the pool
     * @return the framed record
     */
    public static byte[] closed(long epoch, DistributionMode mode, BigInteger pool) {
        byte[] amount = pool.toByteArray();
        if (amount.length > 255) {
            throw new IllegalArgumentException("a pool of more than 255 bytes is not stored: " + pool);
        }
        ByteBuffer b = frame(1 + 8 + 1 + 1 + amount.length);
        b.put(CLOSED).putLong(epoch).put((byte) mode.ordinal()).put((byte) amount.length).put(amount);
        return seal(b);
    }

    /**
     * @param epoch the epoch
     * @param secret the secret's bytes, at most {@value #MAX_SECRET_BYTES}
     * @return the framed record
     */
    public static byte[] revealed(long epoch, byte[] secret) {
        if (secret.length > MAX_SECRET_BYTES) {
            throw new IllegalArgumentException("a secret of " + secret.length + " bytes is longer than the "
                    + MAX_SECRET_BYTES + " bytes stored");
        }
        ByteBuffer b = frame(1 + 8 + 2 + secret.length);
        b.put(REVEALED).putLong(epoch).putShort((short) secret.length).put(secret);
        return seal(b);
    }

    /**
     * @param epoch the epoch
     * @return the framed record
     */
    public static byte[] finalized(long epoch) {
        ByteBuffer b = frame(1 + 8);
        b.put(FINALIZED).putLong(epoch);
        return seal(b);
    }

    /**
     * Decodes one payload (without its frame header).
     *
     * @param payload the payload, from its position to its limit
     * @param wholeReceipt whether to decode a credited receipt in full
     * @return the record
     * @throws IllegalArgumentException if the payload is not a well-formed record
     */
    public static JournalRecord decode(ByteBuffer payload, boolean wholeReceipt) {
        try {
            byte type = payload.get();
            JournalRecord record = switch (type) {
                case OPENED -> new JournalRecord.Opened(payload.getLong(), Bytes32.read(payload));
                case CREDITED -> credited(payload, wholeReceipt);
                case CLOSED -> {
                    long epoch = payload.getLong();
                    int mode = payload.get();
                    if (mode < 0 || mode >= DistributionMode.values().length) {
                        throw new IllegalArgumentException("unknown distribution mode " + mode);
                    }
                    yield new JournalRecord.Closed(epoch, DistributionMode.values()[mode], integer(payload));
                }
                case REVEALED -> {
                    long epoch = payload.getLong();
                    byte[] secret = new byte[Short.toUnsignedInt(payload.getShort())];
                    payload.get(secret);
                    yield new JournalRecord.Revealed(epoch, "0x" + HexFormat.of().formatHex(secret));
                }
                case FINALIZED -> new JournalRecord.Finalized(payload.getLong());
                default -> throw new IllegalArgumentException("unknown record type " + type);
            };
            if (payload.hasRemaining() && (wholeReceipt || type != CREDITED)) {
                throw new IllegalArgumentException(payload.remaining() + " unexpected bytes after a record of type " + type);
            }
            return record;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the record is shorter than its type requires", e);
        }
    }

    private static JournalRecord.Credited credited(ByteBuffer p, boolean whole) {
        long epoch = p.getLong();
        long solveIndex = p.getLong();
        byte[] address = new byte[ADDRESS];
        p.get(address);
        String miner = "0x" + HexFormat.of().formatHex(address);
        Bytes32 hash = Bytes32.read(p);
        Bytes32 challengeKey = Bytes32.read(p);
        BigInteger credits = integer(p);
        Receipt receipt = null;
        if (whole) {
            String previous = Bytes32.read(p).toHex();
            String document = Bytes32.read(p).toHex();
            String questions = Bytes32.read(p).toHex();
            String constraints = Bytes32.read(p).toHex();
            String answers = Bytes32.read(p).toHex();
            int rulesVersion = p.getInt();
            byte[] id = new byte[Short.toUnsignedInt(p.getShort())];
            p.get(id);
            receipt = new Receipt(miner, epoch, solveIndex, previous, new String(id, StandardCharsets.UTF_8), document,
                    questions, constraints, answers, rulesVersion, credits);
        }
        return new JournalRecord.Credited(epoch, miner, solveIndex, hash, challengeKey, credits, receipt);
    }

    private static BigInteger integer(ByteBuffer p) {
        byte[] bytes = new byte[Byte.toUnsignedInt(p.get())];
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an amount of zero bytes");
        }
        p.get(bytes);
        return new BigInteger(bytes);
    }

    private static ByteBuffer frame(int payloadLength) {
        ByteBuffer b = ByteBuffer.allocate(FRAME_HEADER + payloadLength);
        b.putInt(payloadLength).putInt(0);
        return b;
    }

    private static byte[] seal(ByteBuffer b) {
        if (b.hasRemaining()) {
            throw new IllegalStateException("record size miscounted: " + b.remaining() + " bytes left");
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), FRAME_HEADER, b.capacity() - FRAME_HEADER);
        b.putInt(4, (int) crc.getValue());
        return b.array();
    }
}
