// The Hardhat node of the dacr-chain integration tests needs no configuration: chain id 31337 and
// Hardhat's deterministic funded accounts are what the tests expect.
export default {};
