// Compiles DacrMining.sol with the pinned solc-js and writes the artifact the Java connector deploys:
//   node compile.mjs <DacrMining.sol> <DacrMining.json>
// The settings here are the build's: a test compiles again and fails if the committed artifact differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { requireTool } from './tools.mjs';

const solc = requireTool('solc');
const [sourcePath, outPath] = process.argv.slice(2);
if (!sourcePath || !outPath) {
  console.error('usage: node compile.mjs <DacrMining.sol> <DacrMining.json>');
  process.exit(2);
}
const name = basename(sourcePath);
const settings = {
  evmVersion: 'paris',
  optimizer: { enabled: true, runs: 200 },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};
const input = { language: 'Solidity', sources: { [name]: { content: readFileSync(sourcePath, 'utf8') } }, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) {
  console.error(e.formattedMessage);
}
if (errors.length > 0) {
  process.exit(1);
}
const contract = output.contracts[name].DacrMining;
const artifact = {
  contractName: 'DacrMining',
  source: name,
  compiler: 'solc-js ' + solc.version(),
  settings: { evmVersion: settings.evmVersion, optimizer: settings.optimizer },
  abi: contract.abi,
  bytecode: '0x' + contract.evm.bytecode.object,
};
writeFileSync(outPath, JSON.stringify(artifact, null, 2) + '\n');
