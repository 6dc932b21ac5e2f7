// Generates custom-elements.json from the JSDoc headers of the widget's classes (`npm run analyze`).
export default {
  globs: ['widget/**/*.component.ts'],
  exclude: ['widget/internal/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
