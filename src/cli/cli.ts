import { runCli } from './cli-main.js';

// Commands that serve keep the process alive; the others end with their exit code.
runCli(process.argv).then((code) => {
  if (code !== 0) process.exitCode = code;
});
