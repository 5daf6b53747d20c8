import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const isH5 = process.env.TARO_ENV === 'h5'

// NutUI is designed at 375 px, our own styles at 750 px.
const designWidth = (input?: unknown): number => {
  const file = typeof input === 'string' ? input : (input as { file?: string } | undefined)?.file
  return file && file.replace(/\\/g, '/').includes('@nutui') ? 375 : 750
}

// BUNDLE_SOURCEMAP=1 (the bench's module analysis): source maps beside the bundle, with no
// sourceMappingURL comment, so the code is byte for byte what ships.
const sourceMap = process.env.BUNDLE_SOURCEMAP === '1' ? { enableSourceMap: true, sourceMapType: 'hidden-source-map' as const } : {}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'chain-member-mall',
    date: '2025-01-01',
    designWidth,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // H5_OUT lets parallel work build the H5 app into its own folder (see scripts/serve.ts);
    // WEAPP_OUT does the same for the weapp build (the bench's source-mapped build).
    outputRoot: isH5 ? process.env.H5_OUT || 'dist-h5' : process.env.WEAPP_OUT || 'dist',
    plugins: [],
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    env: {
      // Weapp cloud env id; 'local' means the local CloudBase (H5 ignores it).
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV || 'local'),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: !process.env.H5_OUT && !process.env.WEAPP_OUT },
    mini: {
      ...sourceMap,
      optimizeMainPackage: { enable: true },
      // Feature styles are independent of each other: their order across chunks is free.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // WeChat's compiler rejects `?.`/`??` unless the project turns on ES6 + enhance;
      // transpile the ES2020+ libraries we ship so the output never depends on that.
      compile: {
        include: [(file: string) => /node_modules[\\/](zod|nanoid)[\\/]/.test(file)],
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      ...sourceMap,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
