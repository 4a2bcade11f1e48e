import path from 'node:path';

/**
 * ESLint rule for the architecture: a feature never imports another feature, and app code
 * never imports the simulators. Resolves relative and `@/` (src) imports, static and dynamic.
 */
export function architecturePlugin(root) {
  const src = path.join(root, 'src');
  const features = path.join(src, 'features');
  const mocks = path.join(src, 'mocks');

  const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
  const featureOf = (file) =>
    inside(file, features) ? path.relative(features, file).split(path.sep)[0] : null;

  function resolve(source, importer) {
    if (source.startsWith('@/')) return path.join(src, source.slice(2));
    if (source.startsWith('.')) return path.resolve(path.dirname(importer), source);
    return null;
  }

  function problem(importer, target) {
    if (inside(target, mocks) && !inside(importer, mocks) && inside(importer, src)) {
      return 'App code must not import the simulators (src/mocks).';
    }
    const from = featureOf(importer);
    const to = featureOf(target);
    if (from && to && from !== to) {
      return `The ${from} feature must not import the ${to} feature; move shared code to src/lib, src/components or src/api.`;
    }
    return null;
  }

  const rule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const importer = context.filename;
      const check = (node) => {
        const source = node?.type === 'Literal' ? node.value : null;
        if (typeof source !== 'string') return;
        const target = resolve(source, importer);
        const message = target && problem(importer, target);
        if (message) context.report({ node, message });
      };
      return {
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
      };
    },
  };

  return { rules: { boundaries: rule } };
}
