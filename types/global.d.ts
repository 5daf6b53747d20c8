/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'
declare module '*.module.scss' {
  const classes: { readonly [key: string]: string }
  export default classes
}

declare namespace NodeJS {
  interface ProcessEnv {
    /** Build mode; changes the output. */
    NODE_ENV: 'development' | 'production' | 'test'
    /** Platform of the current build. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    /** Mini program appid (Taro's special env var). */
    TARO_APP_ID?: string
    /** WeChat cloud env id for `Taro.cloud.init`; 'local' means the local CloudBase. */
    TARO_APP_CLOUD_ENV: string
  }
}
