/** Version of the widget, recorded in every lead; kept equal to package.json's by `test/node/version.test.ts`. */
export const VERSION = '0.1.0';
