package io.dacr.generator.internal.layout;

import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.PackLoader;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldSampler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Worlds of the corporate-finance test pack at the reference size, for the layout tests. */
final class Worlds {

    static final Settings STANDARD = new Settings(10, 100, 14, 10, 8, 6, 40);
    private static final Secret SECRET = Secret.ofUtf8("layout-test-secret-0123456789");
    private static DomainPack pack;

    private Worlds() {
    }

    static synchronized DomainPack pack() {
        if (pack == null) {
            try (InputStream in = Worlds.class.getResourceAsStream("/packs/corporate-finance.json")) {
                pack = PackLoader.load("test", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pack;
    }

    static SeedDerivation seeds(long item) {
        return SeedDerivation.forItem(SECRET, ChallengeId.issue(1, "corporate-finance", GenerationSpec.preset("standard"),
                "layout", item, SECRET));
    }

    static World world(long item) {
        return WorldSampler.sample(pack(), STANDARD, seeds(item));
    }
}
