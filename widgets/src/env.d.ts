/** CSS files are imported as minified text (esbuild's text loader; a Vite plugin in tests). */
declare module "*.css" {
  const text: string;
  export default text;
}

/** True in iitk-widgets.cy.js, the build with the Welsh strings; false in iitk-widgets.js. */
declare const WELSH: boolean;
