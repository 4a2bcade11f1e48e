import path from 'node:path';

/**
 * Writes dist/.vite/chunk-modules.json: for every JS chunk, the modules bundled into it
 * (paths relative to the project). scripts/size.mjs uses it to tell which route pulls which
 * library.
 */
export function chunkModulesPlugin() {
  let root = process.cwd();
  return {
    name: 'switchboard:chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const report = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        report[output.fileName] = output.moduleIds
          .filter((id) => !id.startsWith('\0'))
          .map((id) => projectPath(root, id));
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(report),
      });
    },
  };
}

/** `node_modules/…` even when node_modules is a link to a folder outside the project. */
export function projectPath(root, id) {
  const relative = path.relative(root, id.split('?')[0]).split(path.sep).join('/');
  const outside = relative.startsWith('../') ? relative.indexOf('/node_modules/') : -1;
  return outside === -1 ? relative : relative.slice(outside + 1);
}
