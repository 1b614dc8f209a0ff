#!/usr/bin/env node
// The command-line entry point runs the compiled CLI (npm install builds it).
import '../dist/src/cli/cli.js';
