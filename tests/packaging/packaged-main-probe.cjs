// Preloaded with `node -r` before the packaged dist/electron/main.cjs (extracted from app.asar).
// Electron cannot run here, so `require('electron')` gets a small fake of what the shell uses,
// set up as in an installed app (app.isPackaged, process.resourcesPath, getAppPath() = the
// app's folder). main.cjs then starts as it would after installation; once it has opened its
// window, this probe uses what it set up — the app:// protocol, the window's preload, the IPC
// handler and the backend behind it — quits it the way the window would, and prints one line
// `PROBE <json>`. Everything but the electron module is the package's own code and files.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r`: CommonJS only */
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const path = require('node:path');

const appPath = required('PROBE_APP_PATH');
const appData = required('PROBE_APP_DATA');
process.resourcesPath = required('PROBE_RESOURCES_PATH');

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`packaged-main-probe: ${name} is not set`);
  return value;
}

function report(result) {
  process.stdout.write(`PROBE ${JSON.stringify(result)}\n`);
  process.exit(0);
}

function fail(message) {
  report({ failure: message });
}

/** Unknown members fail loudly, naming themselves: main.cjs uses more of electron than this fake has. */
function strict(name, target) {
  return new Proxy(target, {
    get(object, key) {
      if (key in object || typeof key === 'symbol' || key === '__esModule' || key === 'default' || key === 'then') return object[key];
      fail(`the packaged main process used electron ${name}.${String(key)}, which tests/packaging/packaged-main-probe.cjs does not fake`);
      return undefined;
    },
  });
}

const seen = { protocolHandler: null, ipcHandlers: {}, window: null, quits: 0, errorBoxes: [] };
const paths = { appData };
let quitCalled = () => {};

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  setName() {},
  setPath(name, value) {
    paths[name] = value;
  },
  getPath(name) {
    if (!(name in paths)) fail(`app.getPath('${name}') is not faked`);
    return paths[name];
  },
  getAppPath: () => appPath,
  getVersion: () => JSON.parse(fs.readFileSync(path.join(appPath, 'package.json'), 'utf8')).version,
  getLocale: () => 'en-GB',
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit() {
    seen.quits += 1;
    quitCalled();
  },
  exit(code) {
    fail(`the app exited with code ${code}: ${seen.errorBoxes.join(' / ')}`);
  },
});

class WebContents extends EventEmitter {
  id = 1;
  mainFrame = { processId: 1, routingId: 1, parent: null, url: '' };
  setWindowOpenHandler() {}
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    seen.window = this;
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() {
    return false;
  }
  loadURL(url) {
    this.webContents.mainFrame.url = url;
    setImmediate(() => probe(this, url).catch((error) => fail(String(error?.stack ?? error))));
    return Promise.resolve();
  }
}

const electron = strict('module', {
  app: strict('app', app),
  BrowserWindow,
  ipcMain: strict('ipcMain', {
    handle(channel, handler) {
      // One handler per channel: the contract's, and the shell's save dialog.
      seen.ipcHandlers = { ...seen.ipcHandlers, [channel]: handler };
    },
  }),
  protocol: strict('protocol', { registerSchemesAsPrivileged() {} }),
  session: {
    defaultSession: strict('session', {
      protocol: {
        handle(scheme, handler) {
          seen.protocolHandler = handler;
        },
      },
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
    }),
  },
  Menu: strict('Menu', { buildFromTemplate: (template) => template, setApplicationMenu() {} }),
  dialog: strict('dialog', {
    showErrorBox(title, message) {
      seen.errorBoxes.push(`${title}: ${message}`);
    },
  }),
});

const load = Module._load;
Module._load = function loadWithFakeElectron(request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

async function probe(window, url) {
  const serve = (target) => seen.protocolHandler({ method: 'GET', url: target });
  const index = await serve(url);
  const html = await index.text();
  const assets = [];
  for (const [, reference] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('#')) continue;
    const response = await serve(new URL(reference, url).href);
    assets.push({ reference, status: response.status, bytes: (await response.arrayBuffer()).byteLength });
  }

  const contents = window.webContents;
  const invoke = (name, payload) => seen.ipcHandlers['fieldscore:invoke']({ sender: contents, senderFrame: contents.mainFrame }, name, payload);
  const status = await invoke('app.status', {});
  const frameworks = await invoke('frameworks.list', {});
  const created = await invoke('assessments.create', {
    office: { name: 'UNIDO Regional Hub in Addis Ababa', currentTier: 'regional_hub', region: 'africa', hostCountry: 'ETH' },
    cycle: 2025,
  });
  const officeType = created.ok ? await invoke('assessments.officeType', { id: created.value.id }) : created;

  // Quit as the window would: before-quit holds the quit until the backend has closed.
  const quit = new Promise((resolve) => (quitCalled = resolve));
  const quitEvent = { prevented: false, preventDefault() { this.prevented = true; } };
  app.emit('before-quit', quitEvent);
  await quit;

  const preload = window.options.webPreferences?.preload ?? null;
  report({
    loadedUrl: url,
    preload,
    preloadIsFile: preload !== null && fs.statSync(preload, { throwIfNoEntry: false })?.isFile() === true,
    index: { status: index.status, csp: index.headers.get('content-security-policy'), bytes: html.length },
    assets,
    status,
    frameworks,
    officeType,
    quitHeld: quitEvent.prevented,
    errorBoxes: seen.errorBoxes,
  });
}
