// Independent EIP-712 reference for the Java tests: ethers' TypedDataEncoder.
// Input (stdin): a JSON array of {domain, receipt, signature?}; output (stdout): a JSON array of
// {structHash, digest, signer?} in the same order. One process serves a whole batch.
import { readStdin, requireTool } from './tools.mjs';

const { TypedDataEncoder, verifyTypedData } = requireTool('ethers');

const types = {
  Receipt: [
    { name: 'miner', type: 'address' },
    { name: 'epoch', type: 'uint64' },
    { name: 'solveIndex', type: 'uint64' },
    { name: 'previousReceiptHash', type: 'bytes32' },
    { name: 'challengeId', type: 'string' },
    { name: 'documentHash', type: 'bytes32' },
    { name: 'questionsHash', type: 'bytes32' },
    { name: 'constraintsHash', type: 'bytes32' },
    { name: 'answersHash', type: 'bytes32' },
    { name: 'rulesVersion', type: 'uint32' },
    { name: 'credits', type: 'uint256' },
  ],
};

const items = JSON.parse(await readStdin());
const out = items.map(({ domain, receipt, signature }) => {
  const result = {
    structHash: TypedDataEncoder.hashStruct('Receipt', types, receipt),
    digest: TypedDataEncoder.hash(domain, types, receipt),
  };
  if (signature) {
    result.signer = verifyTypedData(domain, types, receipt, signature).toLowerCase();
  }
  return result;
});
process.stdout.write(JSON.stringify(out));
