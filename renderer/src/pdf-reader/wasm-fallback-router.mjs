// Served as it is (imported with ?url&no-inline): pdf.js imports its JavaScript image decoders (JBIG2 and CCITT,
// JPEG 2000) from `${wasmUrl}<name>_nowasm_fallback.js`, but the build gives those files hashed names.
// wasmUrl is this file's URL with the real URLs in its query and a trailing "f=/" (pdf.js wants a
// slash at the end), so pdf.js's import lands here with "/<the file it wants>" in `f`, and this
// module re-exports that file's default export.
const query = new URL(import.meta.url).searchParams;
const wanted = (query.get('f') ?? '').replace(/^\//, '').replace(/_nowasm_fallback\.js$/, '');
const target = query.get(wanted);
if (!target) throw new Error(`No image decoder named "${wanted}" is bundled`);
const decoder = await import(target);
export default decoder.default;
