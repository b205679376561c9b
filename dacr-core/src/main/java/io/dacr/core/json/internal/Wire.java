package io.dacr.core.json.internal;

import java.util.Locale;

/** Wire names of enum constants: the lower-case constant name, as every DACR format writes them. */
public final class Wire {

    private Wire() {
    }

    /**
     * @param constant an enum constant
     * @return its wire name, e.g. {@code direct_extraction} for {@code DIRECT_EXTRACTION}
     */
    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
