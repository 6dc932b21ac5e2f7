/** English strings of the widget's interface. */
export const ui = {};
