#!/usr/bin/env node
// The `fieldscore` command: runs the bundled CLI that `npm run build` writes to dist/electron/cli.cjs.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher: require is how it loads the bundle */
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  console.error('Fieldscore is not built yet: run npm install');
  process.exit(1);
}
require(cli);
