import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro's default minifier escapes every non-ASCII character (\uXXXX: 6 bytes where UTF-8
  // needs 3). The UI is Chinese, so that alone cost the main package about 6 KB. Terser
  // still escapes the characters that are unsafe in JS source (U+2028, U+2029).
  // Weapp only: the H5 build keeps Taro's own minifier settings (its escapes cost nothing
  // once gzipped, and the browser build was verified with them).
  ...(process.env.TARO_ENV === 'weapp' ? { terser: { enable: true, config: { output: { ecma: 5, comments: false, ascii_only: false } } } } : {}),
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
