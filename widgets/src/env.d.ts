/** CSS files are imported as minified text (esbuild's text loader; a Vite plugin in tests). */
declare module "*.css" {
  const text: string;
  export default text;
}
