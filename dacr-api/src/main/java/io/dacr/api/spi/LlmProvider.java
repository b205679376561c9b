package io.dacr.api.spi;

/** Creates {@link LlmBackend}s of one protocol or vendor. */
public interface LlmProvider extends Provider {

    /**
     * @param config where and how to reach the model
     * @return a back end; creating it does not contact the server
     * @throws io.dacr.api.ConfigurationException if the configuration cannot work with this provider
     */
    LlmBackend create(LlmConfig config);
}
