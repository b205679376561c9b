// Independent Merkle reference for the Java tests: @openzeppelin/merkle-tree's StandardMerkleTree.
// Input (stdin): a JSON array of trees, each an array of [epoch, account, amount] leaves (numbers as
// decimal strings); output (stdout): a JSON array of {root, proofs: {account: [bytes32...]}}.
import { readStdin, requireTool } from './tools.mjs';

const { StandardMerkleTree } = requireTool('@openzeppelin/merkle-tree');

const trees = JSON.parse(await readStdin());
const out = trees.map((values) => {
  const tree = StandardMerkleTree.of(values, ['uint64', 'address', 'uint256']);
  const proofs = {};
  for (const [i, v] of tree.entries()) {
    proofs[v[1].toLowerCase()] = tree.getProof(i);
  }
  return { root: tree.root, proofs };
});
process.stdout.write(JSON.stringify(out));
